import { render } from 'preact';
import { syncManagedClinic } from '@/utils/shell/managedClinic';
import { OptionsApp } from './App';
import '@/components/base.css';
import './options.css';

// A clinic profile set by device policy applies here rather than in the background, which
// must stay small (utils/shell/managedClinic.ts); the page shows it through the clinic watcher.
void syncManagedClinic();
render(<OptionsApp />, document.getElementById('app')!);
