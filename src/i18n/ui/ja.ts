import type { Dictionary } from "../dictionary";
/**
 * Japanese UI strings. Every key of the English reference dictionary (`en.ts`), with the same
 * `{name}` placeholders; written in help-center style (です・ます調, short UI labels).
 */
export const ja: Dictionary = {
  'site.name': 'ビジネス センター ヘルプ',
  'site.tagline': '組織でビジネス センターを使い始めるまでを、順を追ってご案内します。',
  'site.footer': 'ビジネス センター ヘルプ：ガイドと練習用シミュレーター。例には架空の会社 Contoso を使用しています。',

  'skip.main': 'メイン コンテンツにスキップ',

  'lang.picker': '言語',
  'lang.current': '（現在の言語）',

  'search.open': '検索',
  'header.simulator': '練習用シミュレーター',
  'search.shortcut': '/ キーで検索',
  'search.dialog': 'ガイド内を検索',
  'search.label': '検索キーワード',
  'search.placeholder': '例：招待 再送信',
  'search.close': '検索を閉じる',
  'search.hint': 'キーワードを 1、2 語入力してください。結果を選ぶと、該当するセクションが開きます。',
  'search.loading': '検索を読み込んでいます…',
  'search.none': '「{query}」に一致する結果はありません。別のキーワードをお試しください。',
  'search.count': '「{query}」の検索結果：{count} 件',
  'search.error': '検索を読み込めませんでした。ページを再読み込みして、もう一度お試しください。',
  'search.partial': 'すべての語を含むセクションはありません。「{found}」を含むセクションを表示しています。見つからなかった語：「{missing}」。',
  'search.partialEach': 'すべての語を含むセクションはありません。一部の語（{found}）を含むセクションを表示しています。',

  'nav.guide': 'ガイド',
  'nav.toc': 'このページの内容',
  'nav.breadcrumbs': '現在の位置',
  'nav.home': 'ホーム',
  'nav.pagination': 'ガイドの続き',
  'nav.previous': '前へ',
  'nav.next': '次へ',

  'heading.anchor': 'このセクションへのリンク',
  'page.updated': '最終更新日：{date}',
  'fallback.notice': 'このページはまだ日本語に翻訳されていません。英語版を表示しています。',

  'callout.important': '重要',
  'callout.note': '注',
  'callout.tip': 'ヒント',

  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'お探しのページが見つかりませんでした。移動した可能性があります。ガイドのホーム ページからもう一度お探しください。',
  'notFound.home': 'ガイドのホーム ページへ',

  'root.title': '言語を選択してください',
  'root.intro': 'ビジネス センターのクイック スタート ガイドは、次の言語でご覧いただけます：',

  'go.title': 'ガイドのセクションを開く',
  'go.intro': 'このセクションを読む言語を選択してください：',

  'partners.section': 'セクション',
  'partners.link': '短縮リンク',
  'partners.page': 'ページ',

  'role.table.caption': '顧客ロールと、各ロールでできること',
  'role.table.role': 'ロール',
  'role.table.permission': 'このロールでできること',
  'role.account-administrator.permission': 'ビジネス センターのすべてのタスクを管理できます。',
  'role.agreement-administrator.permission': '契約に関する情報を表示できます。',
  'role.user-administrator.permission': 'ほかのユーザーを管理できます。',
  'role.account-manager.permission':
    '有効な契約の編集、セルフプロビジョニング、ソフトウェアのダウンロードができます。契約、キー、注文、ライセンスの詳細、レポートも表示できます。',
  'role.report-viewer.permission': '契約、キー、注文、ライセンスの詳細、レポートを表示できます。',
  'role.account-viewer.permission': '契約、注文、ライセンスの詳細、レポートを表示できます。',

  // Captions are the guide's words; the portal's texts in a figure come from the simulator's dictionary.
  'figure.example': '例',
  'figure.email.caption': '購入アカウント管理者に届く招待メール（例）。',
  'figure.resend.caption': '招待の再送信を依頼するフォーム。',
  'figure.account.caption': '招待から開く［組織アカウントを作成］ページ。',
  'figure.invite.caption': '［アカウント］›［アクセスの管理］›［ユーザーの管理］›［ユーザーを招待］で、1 行を入力した状態。',
  'figure.domains.caption': '管理者が contoso.com を関連付けた後の［アカウント］›［ドメイン］（例）。',

  'figure.signIn.caption': 'ビジネス センターのサインイン ページ。サインイン ボックスの下に、招待メールが届いていない場合のリンクがあります。',
  'figure.profile.caption': '右上のユーザー名から開く［マイ プロファイル］：名前、メール アドレス、ロール、優先言語、国または地域。',
  'figure.roles.caption': '［ユーザーの管理］でユーザーのロールを編集する画面：持たせるロールにチェックを付けて保存します。',

  // 練習ページ：シナリオの一覧と、シミュレーターを囲む 1 つのシナリオのページ。
  'practice.header': '練習',
  'practice.list.title': '練習シナリオ',
  'practice.list.description': 'シミュレーターで取り組む短い課題です。開始時の状態が自動で用意され、ポータルのルールに沿って操作を確認します。',
  'practice.list.intro': '各課題はシミュレーターを課題の開始時点で開き、操作に合わせてチェックリストに印を付けます。ここでの操作は自由練習のシミュレーターには影響しません。',
  'practice.list.record': '進み具合はこのブラウザーにだけ保存されます。',
  'practice.progress': '{total} 件中 {done} 件完了',
  'practice.status': '状態：',
  'practice.status.not-started': '未着手',
  'practice.status.in-progress': '取り組み中',
  'practice.status.done': '完了',
  'practice.section': 'ガイドの該当箇所：',
  'practice.recovered': 'このブラウザーの練習記録を読み取れなかったため、記録を最初からやり直します。',
  'practice.back': '練習シナリオの一覧',
  'practice.goal': '目標',
  'practice.checklist': 'チェックリスト',
  'practice.check.passed': '完了',
  'practice.check.open': '未完了',
  'practice.check.announce': '完了：{check}',
  'practice.hints': 'ヒント',
  'practice.hint.show': 'ヒントを表示',
  'practice.hint.more': '次のヒントを表示',
  'practice.hint.last': 'これが最後のヒントです。',
  'practice.hint.read': 'ガイドで読む：{section}',
  'practice.startOver': '最初からやり直す',
  'practice.startOver.done': 'シナリオを最初の状態に戻しました。',
  'practice.showMe': 'やって見せる',
  'practice.showMe.pause': '一時停止',
  'practice.showMe.resume': '再開',
  'practice.showMe.step': 'ステップ {step}/{total}',
  'practice.showMe.finished': '解き方をすべて再生しました。',
  'practice.question.submit': '回答する',
  'practice.question.wrong': '正しくありません。質問をもう一度読んで、やり直してください。',
  'practice.debrief': 'よくできました',
  'practice.debrief.read': 'ガイドの該当箇所を読む：{section}',
  'practice.mailbox.open': 'メールボックスを開く',
  'practice.mailbox.close': 'メールボックスを閉じる',
  'practice.loading': 'シナリオを準備しています…',
  'practice.loadFailed': 'シナリオを準備できませんでした。ページを再読み込みしてもう一度お試しください。',
  'practice.noscript': '練習には JavaScript が必要です。シミュレーターはブラウザー内で動きます。',

  // 練習へのリンク：短縮リンク /go/practice/<id>/、ガイドの練習パネルとパートナー向けページのシナリオ一覧、
  // シミュレーターの紹介カード。
  'practiceLink.go.title': '練習シナリオを開く',
  'practiceLink.go.intro': 'このシナリオを練習する言語を選択してください：',
  'practiceLink.tryIt': 'シナリオで練習する：',
  'practiceLink.partners.scenario': '練習シナリオ',
  'practiceLink.simulator.lead': '練習シナリオにも取り組めます。開始時の状態が自動で用意され、操作の結果をその場で確認できる短い課題です。',
  'practiceLink.simulator.all': '練習シナリオの一覧（全 {count} 件）',
};
