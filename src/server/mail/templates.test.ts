import { describe, expect, it } from 'vitest';
import { categoryOf, choosableCategories, mailTemplates, renderMail } from './templates.js';

describe('mail templates', () => {
  const expiresAt = '2020-11-12T10:00:00.000Z';
  it('writes an invitation in the recipient language, the expiry in its time zone', () => {
    const vi = renderMail(
      { template: 'invitation', name: 'Lan', inviter: 'An', path: '/set-password?token=t', expiresAt, timeZone: 'Asia/Ho_Chi_Minh' },
      'vi',
      'https://x',
    );
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

describe('the new templates', () => {
  const silence = {
    name: 'Aroha',
    document: { referenceCode: 'ARF27/ST/1', title: { en: 'Statement on maritime security', vi: 'Tuyên bố về an ninh biển' } },
    meeting: { en: '27th ASEAN Regional Forum', vi: 'Diễn đàn Khu vực ASEAN lần thứ 27' },
    deadline: '2020-11-12T09:00:00.000Z',
    hostTimeZone: 'Asia/Ho_Chi_Minh',
    delegations: [
      { code: 'NZ', name: { en: 'New Zealand', vi: 'Niu Di-lân' }, timeZone: 'Pacific/Auckland' },
      { code: 'US', name: { en: 'United States', vi: 'Hoa Kỳ' }, timeZone: 'America/New_York' },
    ],
    path: '/documents/7',
  };

  it("names every delegation's local deadline, in the recipient's language", () => {
    const en = renderMail({ template: 'silence_opened', ...silence }, 'en', 'https://x');
    expect(en.subject).toBe('Silence procedure opened: ARF27/ST/1');
    expect(en.body).toContain('Deadline: 12 Nov 2020, 16:00 (Asia/Ho_Chi_Minh)');
    expect(en.body).toContain('• NZ New Zealand: 12 Nov 2020, 22:00 (Pacific/Auckland)');
    expect(en.body).toContain('• US United States: 12 Nov 2020, 04:00 (America/New_York)');
    const vi = renderMail({ template: 'silence_broken', ...silence, objector: { en: 'Viet Nam', vi: 'Việt Nam' }, reason: 'Đoạn 4' }, 'vi', 'https://x');
    expect(vi.subject).toBe('Thủ tục im lặng bị phá vỡ: ARF27/ST/1');
    expect(vi.body).toContain('Việt Nam đã phản đối văn kiện ARF27/ST/1 — Tuyên bố về an ninh biển');
    expect(vi.body).toContain('• NZ Niu Di-lân: 22:00 12/11/2020 (Pacific/Auckland)');
    expect(vi.body).toContain('Lý do: Đoạn 4');
  });

  it('renders a digest as its items, each under its own subject, once greeted and signed', () => {
    const item = {
      template: 'task_assigned' as const,
      name: 'Lan',
      task: { titleEn: 'Plan', titleVi: 'Kế hoạch' },
      body: { nameEn: 'MOIT', nameVi: 'Bộ Công Thương' },
      dueOn: null,
      path: '/committee/tasks/1',
    };
    const digest = renderMail(
      {
        template: 'daily_digest',
        name: 'Lan',
        day: '2020-11-12',
        items: [item, { ...item, task: { titleEn: 'Report', titleVi: 'Báo cáo' } }],
        path: '/account',
      },
      'vi',
      'https://x',
    );
    expect(digest.subject).toBe('Gavel: tóm tắt ngày 12/11/2020 (2 thông báo)');
    expect(digest.body.match(/Kính gửi/g)).toHaveLength(1);
    expect(digest.body.match(/— Gavel, Ban Thư ký/g)).toHaveLength(1);
    expect(digest.body).toContain('■ Nhiệm vụ mới: Kế hoạch');
    expect(digest.body).toContain('■ Nhiệm vụ mới: Báo cáo');
    expect(digest.body).toContain('https://x/committee/tasks/1');
  });

  it('puts each template under the preference that governs it; account links are never choosable', () => {
    expect(categoryOf('invitation')).toBe('account');
    expect(categoryOf('password_reset')).toBe('account');
    expect(categoryOf('task_assigned')).toBe('tasks');
    expect(categoryOf('overdue_digest')).toBe('tasks');
    expect(categoryOf('silence_ending')).toBe('documents');
    expect(categoryOf('accreditation_decision')).toBe('press');
    expect(categoryOf('daily_digest')).toBe('digest');
    const choosable = mailTemplates.filter((t) => (choosableCategories as readonly string[]).includes(categoryOf(t)));
    expect(choosable.sort()).toEqual(['overdue_digest', 'silence_broken', 'silence_ending', 'silence_opened', 'task_assigned']);
  });
});
