/** Invitation and password reset: the links that let a person sign in. */
import { when, type TemplateSpec } from './format.js';

export interface InvitationMail {
  template: 'invitation';
  name: string;
  inviter: string;
  path: string;
  expiresAt: string;
  timeZone: string;
}

export interface PasswordResetMail {
  template: 'password_reset';
  name: string;
  path: string;
  expiresAt: string;
  timeZone: string;
}

export const invitation: TemplateSpec<InvitationMail> = {
  category: 'account',
  subject: { vi: () => 'Lời mời tham gia Gavel', en: () => 'Your invitation to Gavel' },
  body: {
    vi: (m, url) => [
      `${m.inviter} mời bạn sử dụng Gavel. Để kích hoạt tài khoản, hãy đặt mật khẩu tại:`,
      '',
      url(m.path),
      '',
      `Đường dẫn chỉ dùng được một lần và hết hạn lúc ${when(m.expiresAt, m.timeZone, 'vi')}.`,
    ],
    en: (m, url) => [
      `${m.inviter} invites you to use Gavel. To activate your account, set your password at:`,
      '',
      url(m.path),
      '',
      `The link works once and expires at ${when(m.expiresAt, m.timeZone, 'en')}.`,
    ],
  },
};

export const passwordReset: TemplateSpec<PasswordResetMail> = {
  category: 'account',
  subject: { vi: () => 'Đặt lại mật khẩu Gavel', en: () => 'Reset your Gavel password' },
  body: {
    vi: (m, url) => [
      'Có yêu cầu đặt lại mật khẩu cho tài khoản Gavel của bạn. Hãy đặt mật khẩu mới tại:',
      '',
      url(m.path),
      '',
      `Đường dẫn chỉ dùng được một lần và hết hạn lúc ${when(m.expiresAt, m.timeZone, 'vi')}. Nếu bạn không yêu cầu, hãy bỏ qua thư này.`,
    ],
    en: (m, url) => [
      'Someone asked to reset the password of your Gavel account. Set a new password at:',
      '',
      url(m.path),
      '',
      `The link works once and expires at ${when(m.expiresAt, m.timeZone, 'en')}. If you did not ask for this, ignore this e-mail.`,
    ],
  },
};
