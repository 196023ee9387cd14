import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { Protocol, ProtocolNumber } from '@/utils/treatment/record';
import { PROTOCOL_LIMITS } from '@/utils/treatment/record';
import { KIND_PRESETS } from '@/utils/treatment/presets';
import { protocolLabel } from '@/utils/treatment/edits';

const FIELDS = Object.keys(PROTOCOL_LIMITS) as Array<ProtocolNumber>;

interface Props {
  protocol: Protocol;
  /** The schedule after the series (components/StagesForm), shown after the series' numbers. */
  stages?: ComponentChildren;
  /** Sets one field from its text; returns the error to show, or null. */
  onSet: (key: ProtocolNumber, raw: string) => Promise<string | null>;
}

/** The protocol numbers, each with its kind's default and its range, saved when the field is left. */
export function ProtocolForm({ protocol, stages, onSet }: Props) {
  const [errors, setErrors] = useState<Partial<Record<ProtocolNumber, string>>>({});
  const [drafts, setDrafts] = useState<Partial<Record<ProtocolNumber, string>>>({});

  const commit = async (key: ProtocolNumber) => {
    const raw = drafts[key];
    if (raw === undefined) return;
    const error = await onSet(key, raw);
    setErrors({ ...errors, [key]: error ?? undefined });
    if (!error) setDrafts(({ [key]: _, ...rest }) => rest);
  };

  return (
    <section aria-labelledby="protocol-heading" class="stack">
      <h2 id="protocol-heading">{t('protocolHeading')}</h2>
      <p class="muted">{t('protocolIntro')}</p>
      {FIELDS.map((key) => {
        const { min, max } = PROTOCOL_LIMITS[key];
        const stored = protocol[key];
        const value = drafts[key] ?? (stored === null ? '' : String(stored));
        const error = errors[key];
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
              onInput={(e) => setDrafts({ ...drafts, [key]: e.currentTarget.value })}
              onBlur={() => void commit(key)}
              onKeyDown={(e) => e.key === 'Enter' && void commit(key)}
            />
            <span id={`protocol-${key}-hint`} class="muted small">
              {' '}
              {t('protocolRange', KIND_PRESETS[protocol.kind][key] ?? t('protocolOff'), min, max)}
              {/* Where the evidence is thinner, the page says so (docs/clinical-defaults.md#other-kinds-of-treatment). */}
              {key === 'windowHours' && protocol.kind !== 'iv' && ` ${t('protocolWindowThinner')}`}
            </span>
            {error && (
              <p id={`protocol-${key}-error`} class="error" role="alert">
                {error}
              </p>
            )}
          </div>,
          // The stages follow the series they come after.
          key === 'infusionsPerWeek' && stages,
        ];
      })}
    </section>
  );
}
