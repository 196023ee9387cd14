import { render } from 'preact';
import { HistoryApp } from './App';
import '@/components/base.css';
import './history.css';

render(<HistoryApp />, document.getElementById('app')!);
