import { render } from 'preact';
import { HistoryApp } from './App';
import '@/components/base.css';
import '@/components/history/charts.css';
import './history.css';
import { t } from '@/utils/catalogue';

// The page says which language it is in: the catalogue's, the one its words are in (issue 13).
document.documentElement.lang = t('catalogueLocale');
render(<HistoryApp />, document.getElementById('app')!);
