import { describe, expect, it } from 'vitest';
import { renderMail } from './templates.js';

describe('mail templates', () => {
  const expiresAt = '2020-11-12T10:00:00.000Z';
  it('writes an invitation in the recipient language, the expiry in its time zone', () => {
    const vi = renderMail({ template: 'invitation', name: 'Lan', inviter: 'An', path: '/set-password?token=t', expiresAt, timeZone: 'Asia/Ho_Chi_Minh' }, 'vi', 'https://x');
    expect(vi.subject).toBe('Lời mời tham gia Gavel');
    expect(vi.body).toContain('https://x/set-password?token=t');
    expect(vi.body).toContain('17:00 12/11/2020 (Asia/Ho_Chi_Minh)');
    const en = renderMail({ template: 'invitation', name: 'Lan', inviter: 'An', path: '/l', expiresAt, timeZone: 'Pacific/Auckland' }, 'en', 'https://x');
    expect(en.subject).toBe('Your invitation to Gavel');
    expect(en.body).toContain('12 Nov 2020, 23:00 (Pacific/Auckland)');
  });
  it('names the task and its body in the recipient language', () => {
    const message = {
      template: 'task_assigned' as const,
      name: 'Lan',
      task: { titleEn: 'Prepare the logistics plan', titleVi: 'Chuẩn bị kế hoạch hậu cần' },
      body: { nameEn: 'Ministry of Industry and Trade', nameVi: 'Bộ Công Thương' },
      dueOn: '2020-11-01',
      path: '/committee',
    };
    expect(renderMail(message, 'vi', 'https://x').body).toContain('Bộ Công Thương được giao nhiệm vụ: Chuẩn bị kế hoạch hậu cần.');
    expect(renderMail(message, 'vi', 'https://x').body).toContain('01/11/2020');
    expect(renderMail(message, 'en', 'https://x').subject).toBe('New task: Prepare the logistics plan');
  });
});
