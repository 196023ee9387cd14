import { render } from 'preact';
import { HistoryApp } from './App';
import '@/components/base.css';
import '@/components/history/charts.css';
import './history.css';

render(<HistoryApp />, document.getElementById('app')!);
