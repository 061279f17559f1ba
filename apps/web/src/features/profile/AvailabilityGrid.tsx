import { AVAILABILITY_DAYS } from "@mentalverse/shared";
import { type KeyboardEvent, useRef, useState } from "react";
import classes from "./AvailabilityGrid.module.css";
import { hourLabel, moveInGrid, toggleSlot } from "./availability.js";
import { slotKey } from "./draft.js";

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * A week as a table of toggle buttons: days across, hours down. One button is in the tab order
 * at a time and the arrow keys move between hours and days, so the week is one tab stop. The
 * table scrolls inside its own box, never the page.
 */
export function AvailabilityGrid({
  value,
  onChange,
  describedBy,
}: {
  value: number[];
  onChange: (value: number[]) => void;
  describedBy: string;
}) {
  const picked = new Set(value);
  const [focus, setFocus] = useState({ day: 0, hour: 9 });
  const table = useRef<HTMLTableElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: number, hour: number) => {
    const next = moveInGrid(day, hour, event.key);
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    table.current?.querySelector<HTMLButtonElement>(`[data-slot="${slotKey(next.day, next.hour)}"]`)?.focus();
  };

  return (
    <div className={classes.scroller}>
      <table ref={table} className={classes.table} aria-describedby={describedBy}>
        <caption className={classes.caption}>Hours you are usually free, on your own time zone's clock</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className={classes.hidden}>Hour</span>
            </th>
            {AVAILABILITY_DAYS.map((day) => (
              <th key={day} scope="col" abbr={day}>
                {day.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {HOURS.map((hour) => (
            <tr key={hour}>
              <th scope="row">{hourLabel(hour)}</th>
              {AVAILABILITY_DAYS.map((dayName, day) => {
                const key = slotKey(day, hour);
                const on = picked.has(key);
                return (
                  <td key={dayName}>
                    <button
                      type="button"
                      className={classes.slot}
                      data-slot={key}
                      aria-pressed={on}
                      aria-label={`${dayName} ${hourLabel(hour)}`}
                      tabIndex={focus.day === day && focus.hour === hour ? 0 : -1}
                      onFocus={() => setFocus({ day, hour })}
                      onKeyDown={(event) => onKeyDown(event, day, hour)}
                      onClick={() => onChange(toggleSlot(value, key))}
                    >
                      {on ? "✓" : ""}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
