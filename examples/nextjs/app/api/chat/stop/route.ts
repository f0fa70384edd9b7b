import { sessionUserId } from '../../../../lib/session';
import { stopTurn } from '../../../../lib/turns';

// The Stop button: aborts the answer being generated for this user's chat, which is then stored per
// the memory's abort policy (the user's message, not the half answer).
export async function POST(req: Request) {
  const userId = await sessionUserId();
  const { id } = (await req.json().catch(() => ({}))) as { id?: unknown };
  if (userId === undefined || typeof id !== 'string') return Response.json({ stopped: false });
  return Response.json({ stopped: stopTurn(userId, id) });
}
