// The kinds of provision and policy fact, and the nations they are grouped by (UK-wide first).

export const PROVISION_KINDS = ['guidance', 'policy', 'funding', 'provision'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export const PROVISION_NATIONS = ['UK', 'England', 'Scotland', 'Wales', 'Northern Ireland'] as const;
export type ProvisionNation = (typeof PROVISION_NATIONS)[number];
