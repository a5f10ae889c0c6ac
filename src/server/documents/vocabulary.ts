/** The closed vocabularies of outcome documents. */
export const documentTypes = [
  'declaration',
  'joint_communique',
  'chairmans_statement',
  'plan_of_action',
  'work_plan',
  'statement',
  'report',
  'framework',
  'terms_of_reference',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Short codes used in reference numbers, e.g. AMM-53/JC/1. */
export const typeCodes: Record<DocumentType, string> = {
  declaration: 'DECL',
  joint_communique: 'JC',
  chairmans_statement: 'CS',
  plan_of_action: 'POA',
  work_plan: 'WP',
  statement: 'ST',
  report: 'REP',
  framework: 'FW',
  terms_of_reference: 'TOR',
  other: 'OTH',
};

export const pillars = ['political_security', 'economic', 'socio_cultural', 'cross_pillar'] as const;
export type Pillar = (typeof pillars)[number];

export const outcomeActions = ['adopt', 'note', 'issue'] as const;
export type OutcomeAction = (typeof outcomeActions)[number];

export const confidentialities = ['members', 'participants', 'public_on_outcome', 'public'] as const;
export type Confidentiality = (typeof confidentialities)[number];

export const documentStatuses = [
  'draft',
  'circulated',
  'under_negotiation',
  'under_silence',
  'agreed_ad_referendum',
  'recommended',
  'adopted',
  'noted',
  'issued',
  'deferred',
  'withdrawn',
] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const outcomeStatuses = ['adopted', 'noted', 'issued'] as const satisfies readonly DocumentStatus[];
