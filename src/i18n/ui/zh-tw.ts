import type { Dictionary } from "../dictionary";

/**
 * 繁體中文（台灣）介面字串。鍵與英文參考字典完全相同，`{name}` 預留位置也必須保留。
 */
export const zhTw: Dictionary = {
  'site.name': '商務中心說明',
  'site.tagline': '一步步帶您的組織開始使用商務中心。',
  'site.footer': '商務中心說明：操作指南與練習模擬器。範例中的 Contoso 為虛構公司。',

  'skip.main': '跳到主要內容',

  'lang.picker': '語言',
  'lang.current': '（目前語言）',

  'search.open': '搜尋',
  'header.simulator': '練習模擬器',
  'search.shortcut': '按 / 鍵即可搜尋',
  'search.dialog': '搜尋本指南',
  'search.label': '搜尋字詞',
  'search.placeholder': '例如：重新傳送邀請',
  'search.close': '關閉搜尋',
  'search.hint': '輸入一兩個關鍵字，選取結果即可開啟對應的段落。',
  'search.loading': '正在載入搜尋…',
  'search.none': '找不到「{query}」的相關結果，請換個字詞試試。',
  'search.count': '「{query}」共有 {count} 筆結果',
  'search.error': '無法載入搜尋功能，請重新整理頁面後再試一次。',
  'search.partial': '沒有段落同時包含所有字詞。以下是含有「{found}」的段落；找不到的字詞：「{missing}」。',
  'search.partialEach': '沒有段落同時包含所有字詞。以下段落各含有其中一部分：「{found}」。',

  'nav.guide': '指南',
  'nav.toc': '本頁內容',
  'nav.breadcrumbs': '導覽路徑',
  'nav.home': '首頁',
  'nav.pagination': '指南的其他頁面',
  'nav.previous': '上一頁',
  'nav.next': '下一頁',

  'heading.anchor': '連結到此段落',
  'page.updated': '最後更新：{date}',
  'fallback.notice': '本頁尚未翻譯成繁體中文，目前顯示的是英文版。',

  'callout.important': '重要',
  'callout.note': '注意',
  'callout.tip': '提示',

  'notFound.title': '找不到網頁',
  'notFound.body': '找不到您要的網頁，它可能已經移到別處。請從指南首頁重新開始。',
  'notFound.home': '前往指南首頁',

  'root.title': '選擇語言',
  'root.intro': '商務中心快速入門指南提供下列語言版本：',

  'go.title': '開啟指南中的段落',
  'go.intro': '請選擇您要閱讀此段落的語言：',

  'partners.section': '段落',
  'partners.link': '短網址',
  'partners.page': '頁面',

  // The role names are the simulator's (its screens and mails spell them), so the table cannot disagree.
  'role.table.caption': '客戶角色及各角色的權限',
  'role.table.role': '角色',
  'role.table.permission': '此角色可以做的事',
  'role.account-administrator.permission': '可以管理商務中心內的所有工作。',
  'role.agreement-administrator.permission': '可以檢視合約的相關資訊。',
  'role.user-administrator.permission': '可以管理其他使用者。',
  'role.account-manager.permission':
    '可以編輯有效合約、處理自助佈建及下載軟體；也可以檢視合約、金鑰、訂單、授權詳細資料和報告。',
  'role.report-viewer.permission': '可以檢視合約、金鑰、訂單、授權詳細資料和報告。',
  'role.account-viewer.permission': '可以檢視合約、訂單、授權詳細資料和報告。',

  // Captions are the guide's words; the portal's texts in a figure come from the simulator's dictionary.
  'figure.example': '範例',
  'figure.email.caption': '採購帳戶管理員收到的邀請電子郵件（範例）。',
  'figure.resend.caption': '要求重新傳送邀請的表單。',
  'figure.account.caption': '從邀請開啟的「建立您的組織帳戶」頁面。',
  'figure.invite.caption': '帳戶 › 管理存取 › 管理使用者 › 邀請使用者：已填好一列的邀請畫面。',
  'figure.domains.caption': '帳戶 › 網域：管理員已將 contoso.com 建立關聯之後（範例）。',

  'figure.signIn.caption': '商務中心登入頁面，登入方塊下方有一個給未收到邀請者使用的連結。',
  'figure.profile.caption': '選取右上角的使用者名稱後開啟的「我的設定檔」：姓名、電子郵件地址、角色、慣用語言和國家/地區。',
  'figure.roles.caption': '管理使用者 › 某位使用者的角色：勾選此人應具備的角色，然後儲存。',

  // 練習頁：情境清單，以及模擬器旁的單一情境頁。
  'practice.header': '練習',
  'practice.list.title': '練習情境',
  'practice.list.description': '在模擬器中完成的簡短任務：自動準備好起點，並依入口網站的規則檢查您的操作。',
  'practice.list.intro': '每個任務都會把模擬器開在任務的起點，並在您操作時自動勾選檢查清單。在這裡做的事不會改變自由練習的模擬器。',
  'practice.list.record': '您的進度只保存在這個瀏覽器中。',
  'practice.progress': '已完成 {done} / {total}',
  'practice.status': '狀態：',
  'practice.status.not-started': '尚未開始',
  'practice.status.in-progress': '進行中',
  'practice.status.done': '已完成',
  'practice.section': '指南章節：',
  'practice.recovered': '無法讀取這個瀏覽器中的練習紀錄，因此紀錄已重新開始。',
  'practice.back': '所有練習情境',
  'practice.goal': '您的目標',
  'practice.checklist': '檢查清單',
  'practice.check.passed': '已完成',
  'practice.check.open': '尚未完成',
  'practice.check.announce': '已完成：{check}',
  'practice.hints': '提示',
  'practice.hint.show': '顯示提示',
  'practice.hint.more': '再顯示一個提示',
  'practice.hint.last': '這是最後一個提示。',
  'practice.hint.read': '在指南中閱讀：{section}',
  'practice.startOver': '重新開始',
  'practice.startOver.done': '情境已回到起點。',
  'practice.showMe': '示範給我看',
  'practice.showMe.pause': '暫停',
  'practice.showMe.resume': '繼續',
  'practice.showMe.step': '第 {step} 步，共 {total} 步',
  'practice.showMe.finished': '示範已全部完成。',
  'practice.question.submit': '作答',
  'practice.question.wrong': '還不對，請再讀一次題目後重試。',
  'practice.debrief': '做得好',
  'practice.debrief.read': '閱讀指南章節：{section}',
  'practice.mailbox.open': '開啟信箱',
  'practice.mailbox.close': '關閉信箱',
  'practice.loading': '正在準備情境…',
  'practice.loadFailed': '無法準備這個情境。請重新載入頁面再試一次。',
  'practice.noscript': '練習需要 JavaScript：模擬器在您的瀏覽器中執行。',

  // 練習的連結：短網址 /go/practice/<id>/、試用面板與合作夥伴頁的情境清單，以及模擬器的介紹卡。
  'practiceLink.go.title': '開啟練習情境',
  'practiceLink.go.intro': '請選擇您要用哪一種語言練習這個情境：',
  'practiceLink.tryIt': '用練習情境實際演練：',
  'practiceLink.partners.scenario': '練習情境',
  'practiceLink.simulator.lead': '也可以試試練習情境：簡短的任務，會自動準備好起點，並檢查您的操作。',
  'practiceLink.simulator.all': '全部 {count} 個練習情境',
};
