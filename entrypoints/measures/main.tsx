import { render } from 'preact';
import { MeasuresApp } from './App';
import '@/components/base.css';
import '@/components/measures.css';
import './measures.css';
import { t } from '@/utils/catalogue';

// The page says which language it is in: the catalogue's, the one its words are in (issue 13).
document.documentElement.lang = t('catalogueLocale');
render(<MeasuresApp />, document.getElementById('app')!);
