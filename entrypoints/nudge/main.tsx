import { render } from 'preact';
import { NudgePageApp } from './App';
import '@/components/base.css';
import './nudge.css';

render(<NudgePageApp />, document.getElementById('app')!);
