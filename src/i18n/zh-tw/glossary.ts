import type { Glossary } from '../glossary/types';

/**
 * Traditional Chinese (Taiwan) terms. Labels are spelled by `../sim/zh-tw.ts` (and its mail
 * dictionary); the other terms here. Where the source guide (the 2016 zh-Hant quick start) names
 * a portal label, the label follows it: 客戶經理, 報告檢視者, 提交, 管理存取, 未收到邀請電子郵件？.
 * Variants are spellings our texts or the source guide used, which are never right here: the
 * form is 提交 and mail is 寄出 or 傳送, so 送出 is never a word of ours.
 */
export const glossary: Glossary = {
  // The product is always translated, as the source guide does; readers still type the English name.
  product: { term: '商務中心', variants: ['Business Center', '商業中心'], synonyms: ['Business Center'] },
  // The source guide's name (和, not 及).
  mpsa: { term: 'Microsoft 產品和服務合約', variants: ['產品及服務合約'], synonyms: ['大量授權合約', '授權合約'] },
  // The A of MPSA is the agreement already.
  mpsaShort: { term: 'MPSA', variants: ['MPSA 合約', 'MPSA合約'] },
  purchasingAccountAdministrator: { term: '採購帳戶管理員', variants: ['採購賬戶管理員'], synonyms: ['PAA', '主要管理員', '第一位管理員'] },
  // 聯絡, as in every 請聯絡… of our texts.
  purchasingAccountContact: { term: '採購帳戶聯絡人', variants: ['採購帳戶連絡人'] },
  purchasingAccountNumber: { label: 'resend.purchasingAccountNumber', variants: ['採購賬號'], synonyms: ['採購帳號', '帳戶號碼'] },
  agreementNumber: { label: 'resend.agreementNumber', synonyms: ['合約號碼', 'MPSA 編號', '合約號', '協議編號'] },
  // The source guide's term; Microsoft Learn (zh-tw) says 工作或學校帳戶.
  workAccount: { term: '工作帳戶', variants: ['公司帳戶'], synonyms: ['公司帳號', '公司信箱', '工作或學校帳戶', '組織帳戶', '工作信箱', '公司 email'] },
  workEmail: { label: 'signIn.email', variants: ['公司電子郵件地址'], synonyms: ['公司 email', '公司電子郵件'] },
  microsoftAccount: { term: 'Microsoft 帳戶', synonyms: ['微軟帳號', '個人帳戶', 'Hotmail', '個人帳號', '個人信箱', 'Gmail'] },
  partner: { term: 'Microsoft 合作夥伴', synonyms: ['經銷商', '代理商', '廠商', '供應商'] },
  partnerCenter: { term: '大量授權合作夥伴中心' },
  role: { term: '角色', synonyms: ['權限等級', '存取權限', '身分', '職務'] },
  'role.account-administrator': { label: 'role.account-administrator', synonyms: ['最高權限', '系統管理員', '完整權限', '超級管理員'] },
  'role.agreement-administrator': { label: 'role.agreement-administrator' },
  'role.user-administrator': { label: 'role.user-administrator' },
  // 客戶經理 is the source's name; 帳戶經理 was ours.
  'role.account-manager': { label: 'role.account-manager', variants: ['帳戶經理'] },
  'role.report-viewer': { label: 'role.report-viewer', variants: ['報表檢視者'], synonyms: ['唯讀', '只能檢視', '僅檢視'] },
  'role.account-viewer': { label: 'role.account-viewer' },
  'menu.account': { label: 'portal.account' },
  'menu.manageAccess': { label: 'portal.manageAccess', variants: ['管理存取權'], synonyms: ['權限管理', '存取權'] },
  'menu.manageUsers': { label: 'users.heading' },
  'menu.inviteUsers': { label: 'invite.open', synonyms: ['新增使用者', '加入使用者', '新增帳號', '新增成員'] },
  'menu.domains': { label: 'portal.domains' },
  myProfile: { label: 'portal.profile', synonyms: ['個人資料', '個人檔案', '我的帳戶', '帳戶設定', '帳號設定'] },
  userMenu: { term: '使用者名稱', synonyms: ['頭像', '大頭貼'] },
  dashboard: { label: 'dashboard.heading', synonyms: ['主頁', '首頁', '主畫面', '控制台'] },
  signInPage: { term: '登入頁面', synonyms: ['登入畫面', '登入網址', 'login', '登錄'] },
  resendLink: { label: 'signIn.resend', variants: ['沒有收到邀請電子郵件？'], synonyms: ['沒收到邀請', '收不到邀請', '找不到邀請'] },
  // 送出 was the guide's name for this button while the portal said 提交.
  resendSubmit: { label: 'resend.submit', variants: ['送出'] },
  // 立即開始, not the source's 現在開始: the button is English in the source, and 立即開始 is
  // how Microsoft's Taiwan texts say "Get started now"; readers of the source may type 現在開始.
  getStartedNow: { label: 'mail.button', synonyms: ['現在開始'] },
  createAccount: { label: 'accept.heading', synonyms: ['註冊', '建立帳號', '註冊帳號', '申請帳號', '開通帳號'] },
  createPassword: { label: 'accept.password', synonyms: ['設定密碼'] },
  confirmPassword: { label: 'accept.confirmPassword' },
  start: { label: 'accept.submit' },
  invite: { label: 'invite.submit' },
  inviteAnother: { label: 'invite.another' },
  emailAddress: { label: 'invite.email' },
  name: { label: 'invite.name' },
  preferredLanguage: { label: 'invite.language', synonyms: ['通知語言', '郵件語言', '偏好語言', '顯示語言'] },
  countryRegion: { label: 'invite.country' },
  roles: { label: 'invite.roles' },
  domain: { term: '網域', synonyms: ['網域名稱', '域名', 'DNS'] },
  invitationExpiry: { term: '失效', synonyms: ['過期', '到期', '有效期限', '多久', '逾期', '期限'] },
  spamFilter: { term: '垃圾郵件篩選器', synonyms: ['垃圾信', '垃圾郵件匣', '垃圾信件匣', '垃圾信件', '擋信', '廣告信'] },
  resend: { term: '重新傳送', variants: ['重新寄送', '重新發送', '再次傳送'], synonyms: ['重寄', '再寄一次', '重發', '補寄'] },
};
