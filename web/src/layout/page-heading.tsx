import { type ReactNode, useEffect, useRef } from 'react'
import { hasNavigated } from '../routing/navigation'

/** The screen's h1; after a client-side navigation it takes focus, so screen readers hear the new screen. */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (hasNavigated()) heading.current?.focus()
  }, [])
  return (
    <h1 className="page-title" tabIndex={-1} ref={heading}>
      {children}
    </h1>
  )
}
