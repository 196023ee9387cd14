import { render } from 'preact';
import { SummaryApp } from './App';
import '@/components/base.css';
import './summary.css';

render(<SummaryApp />, document.getElementById('app')!);
