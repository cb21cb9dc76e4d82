import { Hono } from 'hono'
import type { AppDependencies } from '../app-dependencies'
import { AppError } from '../app-error'
import {
  createInvitation,
  deactivateMember,
  findInvitation,
  findTeamMember,
  issuePasswordReset,
  listInvitations,
  listTeamMembers,
  reactivateMember,
  replaceInvitation,
  revokeInvitation,
  type InvitationListRow,
} from '../db/queries/team-queries'
import { findUserByEmail, findUserById } from '../db/queries/user-queries'
import { type AppEnv, requireUser } from '../http/auth-middleware'
import { parseBody } from '../http/parse-body'
import { invitationLink } from '../team/invitation-link'
import { invitationView } from '../team/invitation-view'
import { newInvitation } from '../team/new-invitation'
import { teamMemberView } from '../team/team-member-view'
import { createInvitationSchema } from '../team/team-schemas'

const noSuchInvitation = () => new AppError('not_found:invitation', 'No such invitation.')
const noSuchMember = () => new AppError('not_found:member', 'No such account.')
const alreadyUsed = () =>
  new AppError('conflict:invitation_used', 'This link has already been used. To stop that person signing in, deactivate their account instead.')
const emailTaken = () =>
  new AppError('conflict:email_taken', 'That email already has an account. To let its owner back in, reset their password from the team list.')

/** Trainer-only: the team (accounts, invitations, password-reset links). */
export function teamRoutes(dependencies: AppDependencies) {
  const { db } = dependencies
  // Who changed the team, by id (never a token or an email address).
  const audit = (message: string, fields: Record<string, unknown>) => dependencies.logger('info', message, fields)

  async function memberOrThrow(id: string, viewerId: string) {
    const member = await findTeamMember(db, { id })
    if (!member) throw noSuchMember()
    return teamMemberView(member, viewerId)
  }

  async function activeMemberOrThrow(id: string | null) {
    const member = id ? await findUserById(db, { id }) : null
    if (!member) throw noSuchMember()
    if (!member.active) throw new AppError('conflict:account_inactive', `${member.name}'s account is deactivated. Reactivate it before resetting the password.`)
    return member
  }

  return new Hono<AppEnv>()
    .use(requireUser(dependencies, ['trainer']))
    .get('/', async (context) => {
      const viewer = context.get('user')
      return context.json({ members: (await listTeamMembers(db)).map((member) => teamMemberView(member, viewer.id)) })
    })
    .get('/invitations', async (context) => {
      const now = dependencies.clock()
      return context.json({ invitations: (await listInvitations(db, { limit: 200 })).map((row) => invitationView(row, now)) })
    })
    .post('/invitations', async (context) => {
      const { role, email } = await parseBody(context, createInvitationSchema)
      if (email && (await findUserByEmail(db, { email }))) throw emailTaken()
      const trainer = context.get('user')
      const { invitation, token } = newInvitation(dependencies, { kind: 'invite', role, email: email ?? null, userId: null, createdBy: trainer.id })
      const row = await createInvitation(db, invitation)
      audit('invitation created', { invitationId: row.id, role, bound: Boolean(email), by: trainer.id })
      const view = invitationView({ ...row, createdByName: trainer.name, userName: null, userEmail: null }, dependencies.clock())
      return context.json({ invitation: view, link: invitationLink(context, dependencies.config, token) }, 201)
    })
    .post('/invitations/:id/revoke', async (context) => {
      const id = context.req.param('id')
      const existing = await findInvitation(db, { id })
      if (!existing) throw noSuchInvitation()
      if (existing.usedAt) throw alreadyUsed()
      const revoked = await revokeInvitation(db, { id, now: dependencies.clock() })
      if (!revoked) throw alreadyUsed()
      audit('invitation revoked', { invitationId: id, by: context.get('user').id })
      return context.json({ invitation: invitationView({ ...existing, ...revoked }, dependencies.clock()) })
    })
    .post('/invitations/:id/reissue', async (context) => {
      const id = context.req.param('id')
      const existing = await findInvitation(db, { id })
      if (!existing) throw noSuchInvitation()
      if (existing.usedAt) throw alreadyUsed()
      if (existing.kind === 'invite' && existing.email && (await findUserByEmail(db, { email: existing.email }))) throw emailTaken()
      if (existing.kind === 'password_reset') await activeMemberOrThrow(existing.userId)
      const trainer = context.get('user')
      const { invitation, token } = newInvitation(dependencies, {
        kind: existing.kind,
        role: existing.role,
        email: existing.email,
        userId: existing.userId,
        createdBy: trainer.id,
      })
      const row = await replaceInvitation(db, { id, now: dependencies.clock(), next: invitation })
      if (!row) throw alreadyUsed()
      audit('invitation re-issued', { invitationId: row.id, replaces: id, kind: row.kind, by: trainer.id })
      const view = invitationView(nameRow(row, trainer.name, existing), dependencies.clock())
      return context.json({ invitation: view, link: invitationLink(context, dependencies.config, token) }, 201)
    })
    .post('/members/:id/deactivate', async (context) => {
      const id = context.req.param('id')
      const viewer = context.get('user')
      if (id === viewer.id) throw new AppError('forbidden:own_account', "You can't deactivate your own account. Ask another trainer to.")
      const result = await deactivateMember(db, { userId: id })
      if (result.outcome === 'not_found') throw noSuchMember()
      if (result.outcome === 'last_trainer') throw new AppError('conflict:last_trainer', 'The team needs at least one active trainer.')
      audit('account deactivated', { userId: id, by: viewer.id })
      return context.json({ member: await memberOrThrow(id, viewer.id) })
    })
    .post('/members/:id/reactivate', async (context) => {
      const id = context.req.param('id')
      if (!(await reactivateMember(db, { userId: id }))) throw noSuchMember()
      audit('account reactivated', { userId: id, by: context.get('user').id })
      return context.json({ member: await memberOrThrow(id, context.get('user').id) })
    })
    .post('/members/:id/password-reset', async (context) => {
      const member = await activeMemberOrThrow(context.req.param('id'))
      const trainer = context.get('user')
      const { invitation, token } = newInvitation(dependencies, {
        kind: 'password_reset',
        role: member.role,
        email: null,
        userId: member.id,
        createdBy: trainer.id,
      })
      const row = await issuePasswordReset(db, { now: dependencies.clock(), next: { ...invitation, userId: member.id } })
      audit('password reset issued', { invitationId: row.id, userId: member.id, by: trainer.id })
      const view = invitationView({ ...row, createdByName: trainer.name, userName: member.name, userEmail: member.email }, dependencies.clock())
      return context.json({ invitation: view, link: invitationLink(context, dependencies.config, token) }, 201)
    })
}

/** A re-issued link shows the same invitee as the one it replaces. */
function nameRow(row: Omit<InvitationListRow, 'createdByName' | 'userName' | 'userEmail'>, createdByName: string, replaced: InvitationListRow): InvitationListRow {
  return { ...row, createdByName, userName: replaced.userName, userEmail: replaced.userEmail }
}
