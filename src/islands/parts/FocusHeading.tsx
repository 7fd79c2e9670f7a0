import { useEffect, useRef, type ReactNode } from 'react';
import { mayMoveFocus } from './focusIntent';

/**
 * The heading of a step. When it appears after the learner acted (a new step, a new screen),
 * focus moves to it so screen readers announce where they are; never on page load. A heading
 * whose text changes is a new step too: React keeps the same element when a screen swaps one
 * heading for another at the same place (the resend form for "Request received").
 */
export function FocusHeading({ children, level = 2, id }: { children: ReactNode; level?: 2 | 3; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const step = typeof children === 'string' ? children : null;
  useEffect(() => {
    if (ref.current && mayMoveFocus(ref.current)) ref.current.focus();
  }, [step]);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag ref={ref} tabIndex={-1} id={id} className="sim-step-heading">
      {children}
    </Tag>
  );
}
