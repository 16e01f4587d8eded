import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendInviteEmail(to: string, projectName: string, token: string) {
  const url = `${process.env.NEXT_PUBLIC_APP_URL}/invite/${token}`;
  return resend.emails.send({
    from: 'Acme <noreply@acme.dev>',
    to,
    subject: `You have been invited to ${projectName}`,
    text: `Accept the invitation: ${url}`,
  });
}
