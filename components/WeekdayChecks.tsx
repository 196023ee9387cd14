import type { Weekday } from '@/utils/habits/record';

interface Props {
  id: string;
  legend: string;
  options: Array<{ value: Weekday; label: string }>;
  value: Weekday[];
  invalid: boolean;
  describedBy?: string;
  onChange: (days: Weekday[]) => void;
}

/** A row of weekday checkboxes under one legend. */
export function WeekdayChecks({ id, legend, options, value, invalid, describedBy, onChange }: Props) {
  return (
    <fieldset class="weekdays" aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.map((day) => (
        <label key={day.value} for={`${id}-${day.value}`}>
          <input
            id={`${id}-${day.value}`}
            type="checkbox"
            checked={value.includes(day.value)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...value, day.value] : value.filter((d) => d !== day.value))}
          />
          {day.label}
        </label>
      ))}
    </fieldset>
  );
}
