import type { MailDictionary } from '../en/mail';

export const mail: MailDictionary = {
  'role.account-administrator': 'アカウント管理者',
  'role.agreement-administrator': '契約管理者',
  'role.user-administrator': 'ユーザー管理者',
  'role.account-manager': 'アカウント マネージャー',
  'role.report-viewer': 'レポート閲覧者',
  'role.account-viewer': 'アカウント閲覧者',
  'mail.invitation.purchasing-administrator.subject': '組織をビジネス センターに登録してください',
  'mail.invitation.purchasing-administrator.body': 'お客様は、{organization} の MPSA（番号 {agreementNumber}）に購入アカウント担当者として記載されています。職場アカウント {email} で登録してください。',
  'mail.invitation.colleague.subject': 'ビジネス センターへの招待',
  'mail.invitation.colleague.body': '{inviterName} さんが、{organization} のビジネス センターに次のロールで招待しました：{roles}。職場アカウント {email} でサインインしてください。',
  'mail.greeting': '{name} 様',
  'mail.resent': 'これは新しい招待です。以前のメールのリンクは使えなくなりました。',
  'mail.button': '今すぐ開始',
  'mail.expires': 'リンクの有効期限は {date}です。',
  'mail.workNote': '職場のメール アドレスで承諾すると、雇用主が通信とデータを管理する場合があり、雇用主のポリシーが適用されます。',
  'mail.contact': 'ご不明な点は、Microsoft の営業担当者にお問い合わせください。',
};
