import { type RefObject, useEffect } from 'react'

/** How close to the bottom (px) still counts as "reading the latest". */
const nearBottom = 160

/**
 * Keeps the newest words in view while the transcript grows (streamed text, a grade arriving, a reload),
 * as long as the trainee is at the bottom of the page; once they scroll up to read, it leaves them be.
 */
export function useFollowTranscript(transcript: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const element = transcript.current
    if (!enabled || !element) return
    let following = true
    const atBottom = () => window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - nearBottom
    const onScroll = () => {
      following = atBottom()
    }
    const observer = new ResizeObserver(() => {
      if (following) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
    })
    observer.observe(element)
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      observer.disconnect()
      window.removeEventListener('scroll', onScroll)
    }
  }, [transcript, enabled])
}
