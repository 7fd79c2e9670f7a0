import type { MailDictionary } from './en';

export const jaMail: MailDictionary = {
  'role.account-administrator': 'アカウント管理者',
  'role.agreement-administrator': '契約管理者',
  'role.user-administrator': 'ユーザー管理者',
  'role.account-manager': 'アカウント マネージャー',
  'role.report-viewer': 'レポート閲覧者',
  'role.account-viewer': 'アカウント閲覧者',
  'mail.invitation.purchasing-administrator.subject': '組織を Business Center に登録してください',
  'mail.invitation.purchasing-administrator.body': 'あなたは {organization} の MPSA 契約（番号 {agreementNumber}）に購入アカウントの担当者として記載されています。次の職場のアカウントで登録してください：{email}。',
  'mail.invitation.colleague.subject': 'Business Center への招待',
  'mail.invitation.colleague.body': '{inviterName} さんが、{organization} の Business Center にあなたを次のロールで招待しました：{roles}。次の職場のアカウントでサインインしてください：{email}。',
  'mail.greeting': '{name} 様',
  'mail.resent': 'これは新しい招待です。以前のメールのリンクは使えなくなりました。',
  'mail.button': '今すぐ開始',
  'mail.expires': 'リンクの有効期限は {date} です。',
  'mail.workNote': '職場のメールアドレスで承諾すると、雇用主があなたの通信とデータを管理できることに同意したことになります。',
  'mail.contact': 'ご不明な点は、Microsoft の営業担当者にお問い合わせください。',
};
