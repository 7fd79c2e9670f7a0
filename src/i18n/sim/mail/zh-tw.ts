import type { MailDictionary } from './en';

export const zhTwMail: MailDictionary = {
  'role.account-administrator': '帳戶管理員',
  'role.agreement-administrator': '合約管理員',
  'role.user-administrator': '使用者管理員',
  'role.account-manager': '帳戶經理',
  'role.report-viewer': '報表檢視者',
  'role.account-viewer': '帳戶檢視者',
  'mail.invitation.purchasing-administrator.subject': '為您的組織註冊 Business Center',
  'mail.invitation.purchasing-administrator.body': '您是 {organization} 的 MPSA 合約（編號 {agreementNumber}）上所列的採購帳戶聯絡人。請使用這個公司帳戶註冊：{email}。',
  'mail.invitation.colleague.subject': '您已受邀使用 Business Center',
  'mail.invitation.colleague.body': '{inviterName} 邀請您以下列角色使用 {organization} 的 Business Center：{roles}。請使用這個公司帳戶登入：{email}。',
  'mail.greeting': '{name} 您好：',
  'mail.resent': '這是一份新的邀請：先前郵件中的連結已經失效。',
  'mail.button': '立即開始',
  'mail.expires': '連結將於 {date} 到期。',
  'mail.workNote': '使用公司電子郵件地址接受邀請，即表示您同意雇主可以管理您的通訊和資料。',
  'mail.contact': '有任何問題，請聯絡您的 Microsoft 業務代表。',
};
