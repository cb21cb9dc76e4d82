import { type RefObject, useLayoutEffect, useState } from 'react'

/** The element's width in CSS pixels, kept current, so an SVG can be drawn at its real size (crisp text at 360 px and on a desktop). */
export function useElementWidth(element: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const target = element.current
    if (!target) return
    const measure = () => setWidth(Math.max(240, Math.round(target.getBoundingClientRect().width)))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return width
}
