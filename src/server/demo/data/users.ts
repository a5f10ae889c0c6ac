/** Demo sign-ins, one per role, with job titles in both languages. Demo only: the password is public. */
import type { DemoUser } from '../types.js';

const DEMO_PASSWORD = 'gavel-demo-2020';

export const users: DemoUser[] = [
  {
    email: 'admin@gavel.demo',
    displayName: 'Demo Administrator',
    jobTitleEn: 'System Administrator, National ASEAN Secretariat',
    jobTitleVi: 'Quản trị hệ thống, Ban Thư ký ASEAN Quốc gia',
    roles: ['admin'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'secretariat@gavel.demo',
    displayName: 'National ASEAN Secretariat Officer',
    jobTitleEn: 'Officer, National ASEAN Secretariat',
    jobTitleVi: 'Chuyên viên, Ban Thư ký ASEAN Quốc gia',
    roles: ['secretariat'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'committee@gavel.demo',
    displayName: 'National Committee Member',
    jobTitleEn: 'Member, National Committee for ASEAN 2020',
    jobTitleVi: 'Ủy viên, Ủy ban Quốc gia ASEAN 2020',
    roles: ['committee_member'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'focal.moit@gavel.demo',
    displayName: 'Ministry of Industry and Trade Focal Point',
    jobTitleEn: 'Focal Point, Ministry of Industry and Trade',
    jobTitleVi: 'Đầu mối, Bộ Công Thương',
    roles: ['ministry_focal_point'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'liaison.nz@gavel.demo',
    displayName: 'New Zealand Delegation Liaison',
    jobTitleEn: 'Liaison Officer, New Zealand Delegation',
    jobTitleVi: 'Cán bộ liên lạc, Đoàn New Zealand',
    roles: ['delegation_liaison'],
    password: DEMO_PASSWORD,
    party: 'NZ',
  },
  {
    email: 'press@gavel.demo',
    displayName: 'Press Officer',
    jobTitleEn: 'Press Officer, International Press Centre',
    jobTitleVi: 'Cán bộ báo chí, Trung tâm Báo chí Quốc tế',
    roles: ['press_officer'],
    password: DEMO_PASSWORD,
  },
  {
    email: 'journalist@gavel.demo',
    displayName: 'Accredited Journalist',
    jobTitleEn: 'Accredited Journalist',
    jobTitleVi: 'Phóng viên được cấp thẻ tác nghiệp',
    roles: ['journalist'],
    password: DEMO_PASSWORD,
  },
];
