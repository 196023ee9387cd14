import { render } from 'preact';
import { PopupApp } from './App';
import '@/components/base.css';
// The styles of what loads after first paint come with the page: that code is loaded by its URL
// and brings no CSS (scripts/chunkLoader.ts refuses to build it otherwise).
import '@/components/habits.css';
import '@/components/nudges.css';
import '@/components/measures.css';
// Last: the popup's own tighter layout wins over the shared styles (issue 14).
import './popup.css';
import { t } from '@/utils/catalogue';

// The page says which language it is in: the catalogue's, the one its words are in (issue 13).
document.documentElement.lang = t('catalogueLocale');
render(<PopupApp />, document.getElementById('app')!);
