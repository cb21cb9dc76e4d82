/** Public: the invitee (or a user resetting a password) sets name and password from the link's token (in the URL hash). */
export function AcceptInviteScreen(_props: { onSignedIn: () => void }) {
  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <h1 className="page-title">Join toughcall</h1>
      </div>
    </main>
  )
}
