import type { Glossary } from '../glossary/types';

/**
 * Japanese terms. Labels are spelled by `../sim/ja.ts`; the other terms here. Microsoft Japan's
 * own names come first (microsoft.com/ja-jp/Licensing/MPSA, learn.microsoft.com/ja-jp), and
 * katakana compounds are written apart as Microsoft Japan writes them (ビジネス センター,
 * メール アドレス). Spacing variants are listed where they existed in our texts.
 */
export const glossary: Glossary = {
  // Learn ja-jp's name for the portal; the portal bar, the mails and the sender say it too.
  product: { term: 'ビジネス センター', variants: ['ビジネスセンター', 'Business Center'], synonyms: ['Business Center', 'ビジネスセンター'] },
  mpsa: { term: 'マイクロソフト製品/サービス契約', variants: ['Microsoft 製品およびサービス契約'], synonyms: ['ライセンス契約', 'ボリューム ライセンス契約'] },
  // The A is the agreement already.
  mpsaShort: { term: 'MPSA', variants: ['MPSA 契約', 'MPSA契約'] },
  purchasingAccountAdministrator: { term: '購入アカウント管理者', variants: ['購買アカウント管理者'], synonyms: ['PAA', '最初の管理者'] },
  // Formed like 購入アカウント管理者: both name a person.
  purchasingAccountContact: { term: '購入アカウント担当者', variants: ['購買アカウント担当者', '購買アカウントの担当者', '購入アカウントの担当者'], synonyms: ['契約担当者'] },
  purchasingAccountNumber: { label: 'resend.purchasingAccountNumber', variants: ['購買アカウント番号'] },
  agreementNumber: { label: 'resend.agreementNumber', synonyms: ['MPSA 番号', '契約 ID'] },
  workAccount: { term: '職場アカウント', variants: ['職場のアカウント'], synonyms: ['会社のメール アドレス', '仕事用のメール', '職場または学校アカウント', '会社のメールアドレス', '会社のアカウント', '社用メール', '仕事用アカウント'] },
  workEmail: { label: 'signIn.email' },
  microsoftAccount: { term: 'Microsoft アカウント', synonyms: ['個人用アカウント', 'MSA', 'Hotmail', '個人アカウント', 'Gmail'] },
  partner: { term: 'Microsoft パートナー', synonyms: ['販売店', 'リセラー', 'LSP', '代理店', '販売代理店'] },
  partnerCenter: { term: 'ボリューム ライセンス パートナー センター', variants: ['ボリュームライセンスのパートナーセンター'] },
  // Modern Microsoft Japan says ロール; the 2016 guides said 役割, which readers still type.
  role: { term: 'ロール', synonyms: ['役割', '権限', 'アクセス許可'] },
  'role.account-administrator': { label: 'role.account-administrator', synonyms: ['全権限', 'フル アクセス', 'フルアクセス', 'スーパーユーザー'] },
  'role.agreement-administrator': { label: 'role.agreement-administrator' },
  'role.user-administrator': { label: 'role.user-administrator' },
  'role.account-manager': { label: 'role.account-manager', variants: ['アカウントマネージャー'] },
  'role.report-viewer': { label: 'role.report-viewer', synonyms: ['読み取り専用', '閲覧のみ', '参照のみ'] },
  'role.account-viewer': { label: 'role.account-viewer' },
  'menu.account': { label: 'portal.account' },
  'menu.manageAccess': { label: 'portal.manageAccess' },
  'menu.manageUsers': { label: 'users.heading' },
  'menu.inviteUsers': { label: 'invite.open', synonyms: ['ユーザーの追加', 'ユーザー追加', 'メンバー追加'] },
  'menu.domains': { label: 'portal.domains' },
  // Microsoft's Japanese for profile is プロファイル; readers often type プロフィール.
  myProfile: { label: 'portal.profile', variants: ['マイプロファイル', 'プロフィール'], synonyms: ['プロフィール', '自分の情報', 'マイページ', 'アカウント設定', '個人設定'] },
  userMenu: { term: 'ユーザー名' },
  dashboard: { label: 'dashboard.heading', synonyms: ['ホーム画面', 'トップ ページ', 'トップページ', 'トップ画面'] },
  signInPage: { term: 'サインイン ページ', variants: ['サインインページ'], synonyms: ['ログイン', 'ログオン', 'ログイン画面', 'ログインページ'] },
  resendLink: { label: 'signIn.resend', synonyms: ['招待が来ない', 'メールが来ない', '招待メールがない', '来ない', '受け取っていない', '届かない'] },
  resendSubmit: { label: 'resend.submit' },
  getStartedNow: { label: 'mail.button' },
  createAccount: { label: 'accept.heading', synonyms: ['サインアップ', 'アカウント登録', '新規登録', 'アカウント作成'] },
  createPassword: { label: 'accept.password' },
  confirmPassword: { label: 'accept.confirmPassword' },
  start: { label: 'accept.submit' },
  invite: { label: 'invite.submit' },
  inviteAnother: { label: 'invite.another' },
  emailAddress: { label: 'invite.email', variants: ['メールアドレス'] },
  name: { label: 'invite.name' },
  // Our choice (no Microsoft source names this field for the Business Center): the shorter noun.
  preferredLanguage: { label: 'invite.language', variants: ['希望する言語'], synonyms: ['通知の言語', 'メールの言語', '言語設定'] },
  countryRegion: { label: 'invite.country' },
  roles: { label: 'invite.roles' },
  domain: { term: 'ドメイン', synonyms: ['ドメイン名', 'DNS', '独自ドメイン'] },
  invitationExpiry: { term: '有効期限', synonyms: ['期限切れ', '失効', '有効期間', '無効'] },
  spamFilter: { term: '迷惑メール フィルター', variants: ['迷惑メールフィルター'], synonyms: ['スパム', '迷惑メール フォルダー', '迷惑メールフォルダー', '迷惑メールフォルダ', '迷惑フォルダ'] },
  // 再送 alone is the clipped form; 再送信 is the word everywhere.
  resend: { term: '再送信', variants: ['/再送(?!信)/'], synonyms: ['再送', '再発行', 'もう一度送る', '再送付'] },
};
