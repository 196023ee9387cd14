import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { Protocol, ProtocolNumber } from '@/utils/treatment/record';
import { PROTOCOL_LIMITS } from '@/utils/treatment/record';
import { KIND_PRESETS } from '@/utils/treatment/presets';
import { protocolLabel } from '@/utils/treatment/edits';
import { SaveStatusText, statusOf, type SaveStatus } from './SaveStatus';

const FIELDS = Object.keys(PROTOCOL_LIMITS) as Array<ProtocolNumber>;

interface Props {
  protocol: Protocol;
  /** The schedule after the series (components/StagesForm), shown after the series' numbers. */
  stages?: ComponentChildren;
  /** Sets one field from its text; returns the error to show, or null. */
  onSet: (key: ProtocolNumber, raw: string) => Promise<string | null>;
}

/**
 * The protocol numbers, each with its kind's default and its range. A field saves as soon as it holds a
 * valid number and says "Saved"; an invalid one shows its message and saves nothing, so
 * closing the tab right after typing loses nothing (issue 16).
 */
export function ProtocolForm({ protocol, stages, onSet }: Props) {
  const [statuses, setStatuses] = useState<Partial<Record<ProtocolNumber, SaveStatus>>>({});
  const [drafts, setDrafts] = useState<Partial<Record<ProtocolNumber, string>>>({});

  const change = async (key: ProtocolNumber, raw: string) => {
    setDrafts((d) => ({ ...d, [key]: raw }));
    // A status belongs to the change that made it: the other fields' go.
    setStatuses({});
    const error = await onSet(key, raw);
    setStatuses({ [key]: statusOf(error) });
  };
  // Leaving a saved field shows the stored value again; a wrong one stays as typed, with its message.
  const leave = (key: ProtocolNumber) => {
    if (statuses[key]?.kind !== 'error') setDrafts(({ [key]: _, ...rest }) => rest);
  };

  return (
    <section aria-labelledby="protocol-heading" class="stack">
      <h2 id="protocol-heading">{t('protocolHeading')}</h2>
      <p class="muted">{t('protocolIntro')}</p>
      {FIELDS.map((key) => {
        const { min, max } = PROTOCOL_LIMITS[key];
        const stored = protocol[key];
        const value = drafts[key] ?? (stored === null ? '' : String(stored));
        const status = statuses[key] ?? { kind: 'idle' };
        const error = status.kind === 'error';
        return [
          <div class="field" key={key}>
            <label for={`protocol-${key}`}>{protocolLabel(key, protocol.kind)}</label>
            <input
              id={`protocol-${key}`}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              value={value}
              aria-invalid={error ? 'true' : 'false'}
              aria-describedby={`protocol-${key}-hint${error ? ` protocol-${key}-error` : ''}`}
              onInput={(e) => void change(key, e.currentTarget.value)}
              onBlur={() => leave(key)}
            />
            <span id={`protocol-${key}-hint`} class="muted small">
              {' '}
              {t('protocolRange', KIND_PRESETS[protocol.kind][key] ?? t('protocolOff'), min, max)}
              {/* Where the evidence is thinner, the page says so (docs/clinical-defaults.md#other-kinds-of-treatment). */}
              {key === 'windowHours' && protocol.kind !== 'iv' && ` ${t('protocolWindowThinner')}`}
            </span>
            <SaveStatusText id={`protocol-${key}-error`} status={status} />
          </div>,
          // The stages follow the series they come after.
          key === 'infusionsPerWeek' && stages,
        ];
      })}
    </section>
  );
}
