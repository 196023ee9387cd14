import { render } from 'preact';
import { SummaryApp } from './App';
import '@/components/base.css';
import '@/components/history/charts.css';
import './summary.css';

render(<SummaryApp />, document.getElementById('app')!);
