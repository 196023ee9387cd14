import { render } from 'preact';
import { NudgePageApp } from './App';
import '@/components/base.css';
import './nudge.css';
import { t } from '@/utils/catalogue';

// The page says which language it is in: the catalogue's, the one its words are in (issue 13).
document.documentElement.lang = t('catalogueLocale');
render(<NudgePageApp />, document.getElementById('app')!);
