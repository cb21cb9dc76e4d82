/** Shown while a persona screen's script loads. */
export function ScreenLoading() {
  return (
    <p className="page-loading" role="status">
      Loading…
    </p>
  )
}
