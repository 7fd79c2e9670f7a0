import { useEffect, useRef, type ReactNode } from 'react';
import { mayMoveFocus } from './hooks';

/**
 * The heading of a step. When it appears after the learner acted (a new step, a new screen),
 * focus moves to it so screen readers announce where they are; never on page load.
 */
export function FocusHeading({ children, level = 2, id }: { children: ReactNode; level?: 2 | 3; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ref.current && mayMoveFocus(ref.current)) ref.current.focus();
  }, []);
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag ref={ref} tabIndex={-1} id={id} className="sim-step-heading">
      {children}
    </Tag>
  );
}
