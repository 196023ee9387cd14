import { render } from 'preact';
import { OnboardingApp } from './App';
import '../../components/base.css';
import '../../components/habits.css';
import '../../components/clinic.css';

render(<OnboardingApp />, document.getElementById('app')!);
