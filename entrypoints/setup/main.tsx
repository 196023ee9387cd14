import { render } from 'preact';
import { syncManagedClinic } from '@/utils/shell/managedClinic';
import { SetupApp } from './App';
import '@/components/base.css';
import '@/components/clinic.css';
import { t } from '@/utils/catalogue';

// A clinic profile set by device policy applies here rather than in the background, which
// must stay small (utils/shell/managedClinic.ts); the page shows it through the clinic watcher.
void syncManagedClinic();
// The page says which language it is in: the catalogue's, the one its words are in (issue 13).
document.documentElement.lang = t('catalogueLocale');
render(<SetupApp />, document.getElementById('app')!);
