import { render } from 'preact';
import { OptionsApp } from './App';
import '../../components/base.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
