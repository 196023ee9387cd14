import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/catalogue';

interface Props {
  step: number;
  of: number;
  heading: string;
  intro?: string;
  children?: ComponentChildren;
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
}

/**
 * One step of first-run onboarding: where we are, the step, back and next. There is no separate
 * Skip: Next with nothing entered moves on, and Next with something entered keeps it (issue 16).
 */
export function OnboardingStep({ step, of, heading, intro, children, onBack, onNext, nextLabel }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Moving to a step moves focus to its heading, so a screen reader hears where it is.
  useEffect(() => headingRef.current?.focus(), [step]);
  return (
    <section class="card stack" aria-labelledby="step-heading">
      <p class="muted small">{t('onboardingStep', step, of)}</p>
      <h2 id="step-heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      {intro && <p>{intro}</p>}
      {children}
      <p class="row">
        {onBack && (
          <button type="button" onClick={onBack}>
            {t('onboardingBack')}
          </button>
        )}
        <button type="button" class="primary" onClick={onNext}>
          {nextLabel}
        </button>
      </p>
    </section>
  );
}
