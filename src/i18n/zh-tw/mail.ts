import type { MailDictionary } from '../en/mail';

export const mail: MailDictionary = {
  'role.account-administrator': '帳戶管理員',
  'role.agreement-administrator': '合約管理員',
  'role.user-administrator': '使用者管理員',
  'role.account-manager': '客戶經理',
  'role.report-viewer': '報告檢視者',
  'role.account-viewer': '帳戶檢視者',
  'mail.invitation.purchasing-administrator.subject': '為您的組織註冊商務中心',
  'mail.invitation.purchasing-administrator.body': '{organization} 的 MPSA（編號 {agreementNumber}）將您列為採購帳戶聯絡人。請使用工作帳戶 {email} 註冊。',
  'mail.invitation.colleague.subject': '您已受邀使用商務中心',
  'mail.invitation.colleague.body': '{inviterName} 邀請您使用 {organization} 的商務中心，您的角色為：{roles}。請使用工作帳戶 {email} 登入。',
  'mail.greeting': '{name} 您好：',
  'mail.resent': '這是一份新的邀請：先前郵件中的連結已經失效。',
  'mail.button': '立即開始',
  'mail.expires': '連結將於 {date} 到期。',
  'mail.workNote': '由於您是以工作電子郵件地址接受邀請，您的雇主可能會控管您的通訊與資料，您使用這項服務時也須遵守雇主的政策。',
  'mail.contact': '有任何問題，請聯絡您的 Microsoft 業務代表。',
};
