import { render } from 'preact';
import { PopupApp } from './App';
import '@/components/base.css';
import './popup.css';

render(<PopupApp />, document.getElementById('app')!);
