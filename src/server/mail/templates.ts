/**
 * The e-mails Gavel sends, in Vietnamese and English: pure functions from a
 * message's facts and the recipient's language to a subject and a plain-text
 * body. Instants are shown in the recipient's time zone, with the zone named.
 * Links are kept as paths and put under the public address as the message is
 * rendered (to be sent, or shown in the outbox), so the facts stored in the
 * outbox do not depend on where Gavel is served.
 */
import { DateTime } from 'luxon';

export const mailLanguages = ['vi', 'en'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

export type MailMessage =
  | { template: 'invitation'; name: string; inviter: string; path: string; expiresAt: string; timeZone: string }
  | { template: 'password_reset'; name: string; path: string; expiresAt: string; timeZone: string }
  | {
      template: 'task_assigned';
      name: string;
      task: { titleEn: string; titleVi: string };
      body: { nameEn: string; nameVi: string };
      /** YYYY-MM-DD or null. */
      dueOn: string | null;
      path: string;
    };

export type MailTemplate = MailMessage['template'];

export interface RenderedMail {
  subject: string;
  body: string;
}

function when(instant: string, zone: string, lang: MailLanguage): string {
  const local = DateTime.fromISO(instant).setZone(zone);
  const shown = local.isValid ? local : DateTime.fromISO(instant).setZone('UTC');
  const clock = lang === 'vi' ? shown.toFormat('HH:mm dd/MM/yyyy') : shown.toFormat('d LLL yyyy, HH:mm');
  return `${clock} (${shown.zoneName})`;
}

function day(iso: string, lang: MailLanguage): string {
  const d = DateTime.fromISO(iso);
  return lang === 'vi' ? d.toFormat('dd/MM/yyyy') : d.toFormat('d LLL yyyy');
}

const signature = { vi: '— Gavel, Ban Thư ký ASEAN Quốc gia', en: '— Gavel, National ASEAN Secretariat' };

export function renderMail(message: MailMessage, lang: MailLanguage, baseUrl: string): RenderedMail {
  const link = `${baseUrl}${message.path}`;
  const lines = (...l: string[]) => [...l, '', signature[lang]].join('\n');
  switch (message.template) {
    case 'invitation': {
      const until = when(message.expiresAt, message.timeZone, lang);
      return lang === 'vi'
        ? {
            subject: 'Lời mời tham gia Gavel',
            body: lines(
              `Kính gửi ${message.name},`,
              '',
              `${message.inviter} mời bạn sử dụng Gavel. Để kích hoạt tài khoản, hãy đặt mật khẩu tại:`,
              '',
              link,
              '',
              `Đường dẫn chỉ dùng được một lần và hết hạn lúc ${until}.`,
            ),
          }
        : {
            subject: 'Your invitation to Gavel',
            body: lines(
              `Dear ${message.name},`,
              '',
              `${message.inviter} invites you to use Gavel. To activate your account, set your password at:`,
              '',
              link,
              '',
              `The link works once and expires at ${until}.`,
            ),
          };
    }
    case 'password_reset': {
      const until = when(message.expiresAt, message.timeZone, lang);
      return lang === 'vi'
        ? {
            subject: 'Đặt lại mật khẩu Gavel',
            body: lines(
              `Kính gửi ${message.name},`,
              '',
              'Có yêu cầu đặt lại mật khẩu cho tài khoản Gavel của bạn. Hãy đặt mật khẩu mới tại:',
              '',
              link,
              '',
              `Đường dẫn chỉ dùng được một lần và hết hạn lúc ${until}. Nếu bạn không yêu cầu, hãy bỏ qua thư này.`,
            ),
          }
        : {
            subject: 'Reset your Gavel password',
            body: lines(
              `Dear ${message.name},`,
              '',
              'Someone asked to reset the password of your Gavel account. Set a new password at:',
              '',
              link,
              '',
              `The link works once and expires at ${until}. If you did not ask for this, ignore this e-mail.`,
            ),
          };
    }
    case 'task_assigned': {
      const title = lang === 'vi' ? message.task.titleVi : message.task.titleEn;
      const body = lang === 'vi' ? message.body.nameVi : message.body.nameEn;
      const due = message.dueOn ? day(message.dueOn, lang) : null;
      return lang === 'vi'
        ? {
            subject: `Nhiệm vụ mới: ${title}`,
            body: lines(
              `Kính gửi ${message.name},`,
              '',
              `${body} được giao nhiệm vụ: ${title}.`,
              due ? `Hạn hoàn thành: ${due}.` : 'Chưa có hạn hoàn thành.',
              '',
              link,
            ),
          }
        : {
            subject: `New task: ${title}`,
            body: lines(
              `Dear ${message.name},`,
              '',
              `${body} has been given a task: ${title}.`,
              due ? `Due: ${due}.` : 'No due day yet.',
              '',
              link,
            ),
          };
    }
  }
}
