/**
 * Calls `onReset` when the form an input belongs to is reset, once the reset
 * is done: the browser fires `reset` before it puts the fields back, and
 * without a change event, so a component that shows something of its
 * input's value (the chosen files' names, a date written out) reads it
 * here. Listens to the input's form of the first render.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export function useFormReset(input: RefObject<HTMLInputElement | null>, onReset: (input: HTMLInputElement) => void) {
  const latest = useRef(onReset);
  useLayoutEffect(() => {
    latest.current = onReset;
  });
  useEffect(() => {
    const field = input.current;
    const form = field?.form;
    if (!field || !form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(field));
    };
    form.addEventListener('reset', reset);
    return () => {
      form.removeEventListener('reset', reset);
      clearTimeout(timer);
    };
  }, [input]);
}
