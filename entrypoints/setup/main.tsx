import { render } from 'preact';
import { SetupApp } from './App';
import '../../components/base.css';
import '../../components/clinic.css';

render(<SetupApp />, document.getElementById('app')!);
