import { ProtocolForm } from '@/components/ProtocolForm';
import { RecoveryNotice } from '@/components/RecoveryNotice';
import { AboutSection } from '@/components/AboutSection';
import { SettingsNav } from '@/components/SettingsNav';
import { SettingsSection } from '@/components/SettingsSection';
import { browser } from 'wxt/browser';
import { HabitsSection } from './HabitsSection';
import { NudgesSection } from './NudgesSection';
import { ClinicSection } from './ClinicSection';
import { MeasuresSection } from './MeasuresSection';
import { DataSection } from './DataSection';
import { InfusionEntries, SessionEntries, StageEntries, TreatmentKindChoice } from './TreatmentEntries';
import { useCheckins } from '@/hooks/useCheckins';
import { useNow } from '@/hooks/useNow';
import { useSettingsSection } from '@/hooks/useSettingsSection';
import { useSnapshot } from '@/hooks/useSnapshot';
import { t } from '@/utils/catalogue';
import { crisisCountryFor, defaultCountry, withCrisisCountry } from '@/utils/crisis/countries';
import { backfillDays } from '@/utils/habits/settingsView';
import { goalWeek } from '@/utils/nudges/context';
import { downloadText } from '@/utils/shell/download';
import { updateRecord } from '@/utils/shell/snapshot';
import { dayKey } from '@/utils/time/dayKey';
import { saveField } from '@/utils/shell/fieldSave';

/**
 * The settings page: one snapshot of everything stored, one clock, and one IndexedDB read of
 * the days it shows (the week behind the backfill table and the week the nudges count).
 */
export function OptionsApp() {
  const stored = useSnapshot();
  const now = useNow(60_000);
  const backfill = backfillDays(dayKey(now));
  const week = stored ? goalWeek(stored.settings, now) : [];
  const checkins = useCheckins(stored ? [...backfill, ...week] : [], now);
  const section = useSettingsSection(Boolean(stored && checkins));
  if (!stored || !checkins) return <main aria-busy="true" />;
  const { treatment, recovery } = stored;
  const regionCountry = defaultCountry(navigator.language);

  // Sections with their own addresses and a navigation (issue 14); the forms inside are unchanged.
  return (
    <div class="settings-layout">
    <SettingsNav current={section} crisisCountry={crisisCountryFor(stored.settings.crisisCountry, navigator.language)} />
    <main class="stack options">
      <h1>{t('optionsTitle')}</h1>
      <RecoveryNotice
        count={recovery.length}
        onDownload={() => downloadText('afterglow-unreadable-data.json', JSON.stringify(recovery, null, 2))}
        // Only what was shown goes: an entry set aside meanwhile stays for the next look.
        onDismiss={() => void updateRecord('recovery', (current) => current.slice(recovery.length))}
      />
      <SettingsSection id="treatment">
      <TreatmentKindChoice treatment={treatment} />
      <InfusionEntries treatment={treatment} now={now} />
      <SessionEntries treatment={treatment} now={now} />
      <ProtocolForm
        protocol={treatment.protocol}
        stages={<StageEntries treatment={treatment} />}
        onSet={(key, raw) => saveField({ field: 'protocol', key, raw }).then((problem) => problem?.error ?? null)}
      />
      </SettingsSection>
      <SettingsSection id="habits">
      <HabitsSection habits={stored.habits} weekStartsOn={stored.settings.weekStartsOn} now={now} days={backfill} checkins={checkins} />
      <MeasuresSection settings={stored.measures} kind={treatment.protocol.kind} />
      </SettingsSection>
      <SettingsSection id="nudges">
      <NudgesSection stored={stored} now={now} week={checkins.of(week)} />
      </SettingsSection>
      <SettingsSection id="clinic">
      <ClinicSection clinic={stored.clinic} />
      </SettingsSection>
      <SettingsSection id="data">
      <DataSection />
      </SettingsSection>
      <SettingsSection id="about">
        <AboutSection
          version={browser.runtime.getManifest().version}
          crisisCountry={stored.settings.crisisCountry}
          regionCountry={regionCountry}
          // A choice from a list saves at once, as the week start and the treatment kind do.
          onChooseCrisisCountry={(country) => updateRecord('settings', (s) => withCrisisCountry(s, country))}
        />
      </SettingsSection>
    </main>
    </div>
  );
}
