import { render } from 'preact';
import { PopupApp } from './App';
import '@/components/base.css';
import './popup.css';
// The styles of what loads after first paint come with the page, so that code arrives alone.
import '@/components/habits.css';
import '@/components/nudges.css';

render(<PopupApp />, document.getElementById('app')!);
