/** Who acts, and where from, for audit records. */
export interface Actor {
  userId: string;
  ip: string | null;
  requestId: string;
}
