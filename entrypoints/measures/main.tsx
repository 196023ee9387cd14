import { render } from 'preact';
import { MeasuresApp } from './App';
import '@/components/base.css';
import '@/components/measures.css';
import './measures.css';

render(<MeasuresApp />, document.getElementById('app')!);
