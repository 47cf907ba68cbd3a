<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttributesForm</name>
    <message>
        <source>&amp;Add attribute</source>
        <translation>属性を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Attribute to add</source>
        <translation>追加する属性</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>開始日時(&amp;S):</translation>
    </message>
    <message>
        <source>Only writes since a time</source>
        <translation>指定日時以降の書き込みのみ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Writes shown</source>
        <translation>表示中の書き込み</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>スキップした行</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>ログを再度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the writes shown as CSV</source>
        <translation>表示中の書き込みを CSV としてエクスポートします</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>No answer was recorded: the program ended before it came, or the write is still under way. Check the target on the service.</source>
        <translation>応答は記録されていません。応答が届く前にプログラムが終了したか、書き込みがまだ進行中です。サービス上で対象を確認してください。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>認証情報</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
</context>
<context>
    <name>BulkJobDialog</name>
    <message>
        <source>Bulk job</source>
        <translation>一括ジョブ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Succeeded and failed</source>
        <translation>成功と失敗</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>処理速度と残り時間</translation>
    </message>
    <message>
        <source>State of the job</source>
        <translation>ジョブの状態</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the job</source>
        <translation>ジョブを一時停止します</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the job</source>
        <translation>ジョブを再開します</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>ジョブをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>ジョブをキャンセルします</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>レポートを CSV として保存します</translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個の要素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 個のメンバー</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>User pool:</source>
        <translation>ユーザープール:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>&amp;Generate a client secret</source>
        <translation>クライアントシークレットを生成する(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;secret</source>
        <translation>シークレットを表示(&amp;S)</translation>
    </message>
    <message>
        <source>Authentication flows:</source>
        <translation>認証フロー:</translation>
    </message>
    <message>
        <source>SRP (ALLOW_USER_SRP_AUTH)</source>
        <translation>SRP (ALLOW_USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Refresh tokens (ALLOW_REFRESH_TOKEN_AUTH)</source>
        <translation>更新トークン (ALLOW_REFRESH_TOKEN_AUTH)</translation>
    </message>
    <message>
        <source>Username and password (ALLOW_USER_PASSWORD_AUTH)</source>
        <translation>ユーザー名とパスワード (ALLOW_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Admin username and password (ALLOW_ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理者によるユーザー名とパスワード (ALLOW_ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Custom (ALLOW_CUSTOM_AUTH)</source>
        <translation>カスタム (ALLOW_CUSTOM_AUTH)</translation>
    </message>
    <message>
        <source>&amp;Callback URLs:</source>
        <translation>コールバック URL(&amp;C):</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com/callback</source>
        <translation>1 行に 1 つ (例: https://app.example.com/callback)</translation>
    </message>
    <message>
        <source>Sign-&amp;out URLs:</source>
        <translation>サインアウト URL(&amp;O):</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>1 行に 1 つ</translation>
    </message>
    <message>
        <source>OAuth flows:</source>
        <translation>OAuth フロー:</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>認可コード</translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation>暗黙的</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>クライアント認証情報</translation>
    </message>
    <message>
        <source>OAuth scopes:</source>
        <translation>OAuth スコープ:</translation>
    </message>
    <message>
        <source>custom scopes, separated by spaces (resource-server/scope)</source>
        <translation>カスタムスコープ (スペース区切り、resource-server/scope の形式)</translation>
    </message>
    <message>
        <source>Identity providers:</source>
        <translation>ID プロバイダー:</translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO)</source>
        <translation>Cognito ユーザープール (COGNITO)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Custom scopes</source>
        <translation>カスタムスコープ</translation>
    </message>
    <message>
        <source>Separated by spaces, as resource-server/scope</source>
        <translation>スペース区切り、resource-server/scope の形式</translation>
    </message>
</context>
<context>
    <name>ConfirmSignUpDialog</name>
    <message>
        <source>Confirm Sign-up</source>
        <translation>サインアップの確認</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>User pool:</source>
        <translation>ユーザープール:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Precedence:</source>
        <translation>優先順位(&amp;P):</translation>
    </message>
    <message>
        <source>Lower values win when a user is in several groups with roles.</source>
        <translation>ロールを持つ複数のグループにユーザーが属する場合、値の小さいグループが優先されます。</translation>
    </message>
    <message>
        <source>IAM &amp;role ARN:</source>
        <translation>IAM ロール ARN(&amp;R):</translation>
    </message>
    <message>
        <source>optional, arn:aws:iam::123456789012:role/NAME</source>
        <translation>省略可、arn:aws:iam::123456789012:role/NAME</translation>
    </message>
    <message>
        <source>Precedence value</source>
        <translation>優先順位の値</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>ユーザーの作成</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>招待(&amp;I):</translation>
    </message>
    <message>
        <source>Deliver by:</source>
        <translation>送信方法:</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>SMS(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>仮パスワード(&amp;T):</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性:</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>実行中の操作をキャンセル</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Group members</source>
        <translation>グループのメンバー</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>メンバー:</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択したメンバーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Usernames to add (one per line):</source>
        <translation>追加するユーザー名 (1 行に 1 つ)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>グループに追加(&amp;A)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The pool&apos;s CSV header</source>
        <translation>ユーザープールの CSV ヘッダー</translation>
    </message>
    <message>
        <source>Cognito imports a CSV file whose first line is the pool&apos;s header. Save it, add one line per user, then pick the file.</source>
        <translation>Cognito がインポートするのは、1 行目がユーザープールのヘッダーである CSV ファイルです。ヘッダーを保存し、ユーザーごとに 1 行を追加してから、そのファイルを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Save CSV header…</source>
        <translation>CSV ヘッダーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>The users&apos; file</source>
        <translation>ユーザーのファイル</translation>
    </message>
    <message>
        <source>The file is checked against the header before anything is uploaded.</source>
        <translation>アップロードの前に、ファイルがヘッダーと照合されます。</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>CSV ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>The import job</source>
        <translation>インポートジョブ</translation>
    </message>
    <message>
        <source>Cognito writes the job&apos;s log to CloudWatch with an IAM role that trusts cognito-idp.amazonaws.com.</source>
        <translation>Cognito は、cognito-idp.amazonaws.com を信頼する IAM ロールを使って、ジョブのログを CloudWatch に書き込みます。</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>ジョブ名(&amp;N):</translation>
    </message>
    <message>
        <source>CloudWatch Logs &amp;role ARN:</source>
        <translation>CloudWatch Logs のロール ARN(&amp;R):</translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/Cognito-UserImport-Role</source>
        <translation>arn:aws:iam::123456789012:role/Cognito-UserImport-Role</translation>
    </message>
    <message>
        <source>Create the role for &amp;me</source>
        <translation>ロールを自動で作成(&amp;M)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>The job is created, the file uploaded and the job started; its counts follow until it ends.</source>
        <translation>ジョブを作成し、ファイルをアップロードしてジョブを開始します。終了するまで件数が更新されます。</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ジョブ ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>インポート済み:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>S&amp;top the job</source>
        <translation>ジョブを停止(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search the pool:</source>
        <translation>ユーザープールを検索:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>読み込んだ行を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Search the pool by attribute</source>
        <translation>属性でユーザープールを検索</translation>
    </message>
    <message>
        <source>Search operator</source>
        <translation>検索演算子</translation>
    </message>
    <message>
        <source>Search value</source>
        <translation>検索する値</translation>
    </message>
    <message>
        <source>Press Enter to search the pool</source>
        <translation>Enter キーを押すとユーザープールを検索します</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>読み込みをキャンセル</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <source>Why Can&apos;t This User Sign In?</source>
        <translation>このユーザーがサインインできない理由</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>アプリクライアント(&amp;C):</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow:</source>
        <translation>サインインフロー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>リダイレクト URI(&amp;R):</translation>
    </message>
    <message>
        <source>Hosted UI only, e.g. https://app.example.com/callback</source>
        <translation>ホストされた UI のみ (例: https://app.example.com/callback)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>再確認(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply Fix…</source>
        <translation>修正を適用(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cognito Desk</source>
        <translation>Cognito Desk</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>ユーザープール</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit the saved profiles</source>
        <translation>保存済みのプロファイルを編集します</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>一覧内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a user, group, app client or pool, as the page shows</source>
        <translation>表示中のページに応じて、ユーザー、グループ、アプリクライアント、またはユーザープールを作成します</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>選択した行を削除します</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>選択したユーザーを有効にします</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>無効化(&amp;I)</translation>
    </message>
    <message>
        <source>Disable the selected users</source>
        <translation>選択したユーザーを無効にします</translation>
    </message>
    <message>
        <source>&amp;Sign up a user…</source>
        <translation>ユーザーをサインアップ(&amp;S)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>パスワードを設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Confirm sign-up…</source>
        <translation>サインアップを確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Complete &amp;new-password challenge…</source>
        <translation>新しいパスワードのチャレンジを完了(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation>CSV からユーザーをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the selected pool, group or app client</source>
        <translation>選択したユーザープール、グループ、またはアプリクライアントを表示します</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>The pools and their sections; the page of the chosen item is shown beside it</source>
        <translation>ユーザープールとその各セクション。選択した項目のページが横に表示されます</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>グループに追加(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose a group for the selected user in the detail pane</source>
        <translation>詳細ペインで、選択したユーザーのグループを選択します</translation>
    </message>
    <message>
        <source>Go to the &amp;navigation</source>
        <translation>ナビゲーションへ移動(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>一覧へ移動(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>詳細へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;reate users from CSV…</source>
        <translation>CSV からユーザーを作成(&amp;R)…</translation>
    </message>
    <message>
        <source>Create one user per row of a CSV file, checked against the pool first</source>
        <translation>CSV ファイルの 1 行ごとに 1 人のユーザーを作成します (事前にユーザープールと照合します)</translation>
    </message>
    <message>
        <source>Remove from gro&amp;up…</source>
        <translation>グループから削除(&amp;U)…</translation>
    </message>
    <message>
        <source>Remove the selected users from a group</source>
        <translation>選択したユーザーをグループから削除します</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>パスワードをリセット(&amp;W)…</translation>
    </message>
    <message>
        <source>Reset the passwords of the selected users: each gets a code to choose a new one</source>
        <translation>選択したユーザーのパスワードをリセットします。各ユーザーには新しいパスワードを選ぶためのコードが送信されます</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>すべての場所からサインアウト(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign the selected users out of every device</source>
        <translation>選択したユーザーをすべてのデバイスからサインアウトさせます</translation>
    </message>
    <message>
        <source>Se&amp;t attribute…</source>
        <translation>属性を設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Set one attribute to one value for the selected users</source>
        <translation>選択したユーザーの 1 つの属性を 1 つの値に設定します</translation>
    </message>
    <message>
        <source>De&amp;lete attribute…</source>
        <translation>属性を削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete one attribute of the selected users</source>
        <translation>選択したユーザーの属性を 1 つ削除します</translation>
    </message>
    <message>
        <source>Co&amp;mpare pool with…</source>
        <translation>ユーザープールを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>The settings, app clients, groups and domain that differ between this pool and another</source>
        <translation>このユーザープールと別のユーザープールとで異なる設定、アプリクライアント、グループ、ドメイン</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>監査ログ(&amp;A)…</translation>
    </message>
    <message>
        <source>Every write made through Cognito Desk on this computer</source>
        <translation>このコンピューターで Cognito Desk を通じて行われたすべての書き込み</translation>
    </message>
    <message>
        <source>&amp;Back up pool…</source>
        <translation>ユーザープールをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the selected pool&apos;s configuration, app clients, groups, users and memberships to a file</source>
        <translation>選択したユーザープールの構成、アプリクライアント、グループ、ユーザー、メンバーシップをファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Recreate a backup&apos;s groups, users and memberships in the selected pool or a new one</source>
        <translation>バックアップのグループ、ユーザー、メンバーシップを、選択したユーザープールまたは新しいユーザープールに再作成します</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Test users…</source>
        <translation>テストユーザー(&amp;T)…</translation>
    </message>
    <message>
        <source>Make the test users of a fixtures file exist in this pool, with known passwords, groups and TOTP</source>
        <translation>フィクスチャファイルのテストユーザーを、既知のパスワード、グループ、TOTP を設定した状態でこのユーザープールに用意します</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Complete First Sign-in</source>
        <translation>初回サインインの完了</translation>
    </message>
    <message>
        <source>The user signs in once with the temporary password; the pool then asks for a new one.</source>
        <translation>ユーザーは一度仮パスワードでサインインし、その後ユーザープールが新しいパスワードを要求します。</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>アプリクライアント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>仮パスワード(&amp;T):</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>確認(&amp;F):</translation>
    </message>
    <message>
        <source>The pool requires these attributes before the user can sign in:</source>
        <translation>ユーザーがサインインするには、ユーザープールが以下の属性を必要とします:</translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>実行中の操作をキャンセル</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Generate a random password that satisfies the pool&apos;s password policy</source>
        <translation>ユーザープールのパスワードポリシーを満たすランダムなパスワードを生成します</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard once; it is hidden afterwards</source>
        <translation>生成したパスワードを一度だけクリップボードにコピーします。コピー後は表示されなくなります</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PoolCompareDialog</name>
    <message>
        <source>Compare pools</source>
        <translation>ユーザープールの比較</translation>
    </message>
    <message>
        <source>Pool B&apos;s &amp;profile:</source>
        <translation>ユーザープール B のプロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Pool B&apos;s profile</source>
        <translation>ユーザープール B のプロファイル</translation>
    </message>
    <message>
        <source>Pool &amp;B:</source>
        <translation>ユーザープール B(&amp;B):</translation>
    </message>
    <message>
        <source>Pool B</source>
        <translation>ユーザープール B</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two pools</source>
        <translation>2 つのユーザープールを比較します</translation>
    </message>
    <message>
        <source>State of the comparison</source>
        <translation>比較の状態</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>相違点</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Pool A</source>
        <translation>ユーザープール A</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <source>Pool</source>
        <translation>ユーザープール</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Estimated users:</source>
        <translation>推定ユーザー数:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>サインイン:</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>エイリアス:</translation>
    </message>
    <message>
        <source>Verified automatically:</source>
        <translation>自動検証:</translation>
    </message>
    <message>
        <source>MFA:</source>
        <translation>MFA:</translation>
    </message>
    <message>
        <source>Deletion protection:</source>
        <translation>削除保護:</translation>
    </message>
    <message>
        <source>Password policy:</source>
        <translation>パスワードポリシー:</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>メール設定</translation>
    </message>
    <message>
        <source>Sent with:</source>
        <translation>送信方法:</translation>
    </message>
    <message>
        <source>SES identity:</source>
        <translation>SES ID:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>送信元:</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>返信先:</translation>
    </message>
    <message>
        <source>Hosted UI domain</source>
        <translation>ホストされた UI のドメイン</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <source>&amp;New domain:</source>
        <translation>新しいドメイン(&amp;N):</translation>
    </message>
    <message>
        <source>prefix (my-app) or custom domain (auth.example.com)</source>
        <translation>プレフィックス (my-app) またはカスタムドメイン (auth.example.com)</translation>
    </message>
    <message>
        <source>&amp;Certificate ARN:</source>
        <translation>証明書 ARN(&amp;C):</translation>
    </message>
    <message>
        <source>custom domains only: arn:aws:acm:us-east-1:…</source>
        <translation>カスタムドメインのみ: arn:aws:acm:us-east-1:…</translation>
    </message>
    <message>
        <source>C&amp;reate domain</source>
        <translation>ドメインを作成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete domain</source>
        <translation>ドメインを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>設定を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the pool&apos;s settings</source>
        <translation>ユーザープールの設定を編集します</translation>
    </message>
</context>
<context>
    <name>PoolSettingsDialog</name>
    <message>
        <source>New user pool</source>
        <translation>新しいユーザープール</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Users sign in with their &amp;email address as username</source>
        <translation>ユーザーはメールアドレスをユーザー名としてサインインする(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Verify email addresses automatically (send a code)</source>
        <translation>メールアドレスを自動的に検証する (コードを送信)(&amp;V)</translation>
    </message>
    <message>
        <source>Only administrators create users (no self sign-up)</source>
        <translation>管理者のみがユーザーを作成する (セルフサインアップなし)</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>パスワードポリシー</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>最小文字数(&amp;M):</translation>
    </message>
    <message>
        <source>Uppercase</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>Lowercase</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>&amp;Temporary passwords expire after (days):</source>
        <translation>仮パスワードの有効期限 (日数)(&amp;T):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>&amp;Send with:</source>
        <translation>送信方法(&amp;S):</translation>
    </message>
    <message>
        <source>Cognito&apos;s own mailer (limited daily quota)</source>
        <translation>Cognito 自体のメール送信機能 (1 日の送信数に上限あり)</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>SES &amp;identity ARN:</source>
        <translation>SES ID の ARN(&amp;I):</translation>
    </message>
    <message>
        <source>arn:aws:ses:REGION:ACCOUNT:identity/example.com</source>
        <translation>arn:aws:ses:REGION:ACCOUNT:identity/example.com</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>送信元(&amp;F):</translation>
    </message>
    <message>
        <source>optional, e.g. Example &lt;no-reply@example.com&gt;</source>
        <translation>省略可、例: Example &lt;no-reply@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>返信先(&amp;R):</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>M&amp;FA:</source>
        <translation>MFA(&amp;F):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Optional: each user chooses</source>
        <translation>任意: 各ユーザーが選択</translation>
    </message>
    <message>
        <source>Required for every user</source>
        <translation>すべてのユーザーに必須</translation>
    </message>
    <message>
        <source>&amp;Deletion protection: the pool cannot be deleted while this is on</source>
        <translation>削除保護(&amp;D): オンの間はユーザープールを削除できません</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例: eu-west-1</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>エンドポイントの上書き(&amp;E):</translation>
    </message>
    <message>
        <source>empty: the region&apos;s AWS endpoint</source>
        <translation>空欄: リージョンの AWS エンドポイント</translation>
    </message>
    <message>
        <source>User &amp;pool ID:</source>
        <translation>ユーザープール ID(&amp;P):</translation>
    </message>
    <message>
        <source>App &amp;client ID:</source>
        <translation>アプリクライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Hosted-UI domain:</source>
        <translation>ホストされた UI のドメイン(&amp;H):</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>コールバック URL(&amp;B):</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/callback</source>
        <translation>例: http://localhost:8080/callback</translation>
    </message>
    <message>
        <source>AWS credentials</source>
        <translation>AWS 認証情報</translation>
    </message>
    <message>
        <source>From an &amp;AWS profile:</source>
        <translation>AWS プロファイルから(&amp;A):</translation>
    </message>
    <message>
        <source>From &amp;keys in the keychain:</source>
        <translation>キーチェーン内のキーから(&amp;K):</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>From the en&amp;vironment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)</source>
        <translation>環境変数から (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>保存済みのプロファイル</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The keychain request was canceled.</source>
        <translation>キーチェーンへの要求はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>The &amp;selected pool</source>
        <translation>選択したユーザープール(&amp;S)</translation>
    </message>
    <message>
        <source>A &amp;new pool named:</source>
        <translation>次の名前の新しいユーザープール(&amp;N):</translation>
    </message>
    <message>
        <source>New pool name</source>
        <translation>新しいユーザープールの名前</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>仮パスワード</translation>
    </message>
    <message>
        <source>Passwords cannot be exported from Cognito, so a backup holds none: every restored user gets a temporary password and must choose a new one at the first sign-in.</source>
        <translation>Cognito からパスワードをエクスポートすることはできないため、バックアップにはパスワードが含まれません。復元された各ユーザーには仮パスワードが設定され、初回サインイン時に新しいパスワードを選ぶ必要があります。</translation>
    </message>
    <message>
        <source>&amp;Generate them and write them to a file (owner-only, never overwritten):</source>
        <translation>生成してファイルに書き込む (所有者のみ読み取り可、上書きなし)(&amp;G):</translation>
    </message>
    <message>
        <source>Passwords &amp;file:</source>
        <translation>パスワードファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Let Cognito make them and send &amp;no invitation message</source>
        <translation>Cognito に生成させ、招待メッセージは送信しない(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;ermanent (otherwise the user must choose a new password at the next sign-in)</source>
        <translation>恒久的なパスワードにする (しない場合、ユーザーは次回のサインイン時に新しいパスワードを選ぶ必要があります)(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source>Sign Up a User</source>
        <translation>ユーザーのサインアップ</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>アプリクライアント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性:</translation>
    </message>
    <message>
        <source>Confirmation c&amp;ode:</source>
        <translation>確認コード(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>コードを再送信(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TokenWorkbench</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>アプリクライアント(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M):</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>クライアント:</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>トークンエンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Hosted UI &amp;domain:</source>
        <translation>ホストされた UI のドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>https://PREFIX.auth.REGION.amazoncognito.com</source>
        <translation>https://PREFIX.auth.REGION.amazoncognito.com</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>リダイレクト URI(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>パスワードを設定(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Copy I&amp;D token</source>
        <translation>ID トークンをコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>アクセストークンをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy refresh &amp;token</source>
        <translation>更新トークンをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>API request</source>
        <translation>API リクエスト</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L):</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Bearer prefix</source>
        <translation>Bearer プレフィックス(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>1 行に 1 つ (形式 Name: value)</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>本文(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curl コマンドとしてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>レスポンス:</translation>
    </message>
    <message>
        <source>ID token claims</source>
        <translation>ID トークンのクレーム</translation>
    </message>
    <message>
        <source>Access token claims</source>
        <translation>アクセストークンのクレーム</translation>
    </message>
    <message>
        <source>Refresh the tokens</source>
        <translation>トークンを更新</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP メソッド</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>レスポンスヘッダー</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>レスポンス本文</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>No user selected</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attribute, e.g. custom:team</source>
        <translation>属性 (例: custom:team)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Delete selected attributes</source>
        <translation>選択した属性を削除します</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>グループに追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from group</source>
        <translation>グループから削除(&amp;R)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>パスワードを設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Confirm sign-up…</source>
        <translation>サインアップを確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Complete &amp;new-password challenge…</source>
        <translation>新しいパスワードのチャレンジを完了(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete user…</source>
        <translation>ユーザーを削除(&amp;L)…</translation>
    </message>
    <message>
        <source>User attributes</source>
        <translation>ユーザー属性</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>属性名</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>属性値</translation>
    </message>
    <message>
        <source>Press Enter to set the attribute</source>
        <translation>Enter キーを押すと属性を設定します</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>属性を設定</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>ユーザーが属するグループ</translation>
    </message>
    <message>
        <source>Group to add the user to</source>
        <translation>ユーザーを追加するグループ</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>ユーザーを有効化</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>ユーザーを無効化</translation>
    </message>
    <message>
        <source>W&amp;hy can&apos;t this user sign in?…</source>
        <translation>このユーザーがサインインできない理由(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::AttributesForm</name>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>+15551234567</source>
        <translation>+15551234567</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (必須):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 は true または false である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 は数値である必要があります。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::AuditLogDialog</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Every write made through Cognito Desk on this computer, by the app or the command line: %1</source>
        <translation>このコンピューターで Cognito Desk (アプリまたはコマンドライン) を通じて行われたすべての書き込み: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 writes shown.</source>
        <translation>
            <numerusform>%1 件中 %n 件の書き込みを表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BackupController</name>
    <message>
        <source>Back up pool</source>
        <translation>ユーザープールのバックアップ</translation>
    </message>
    <message>
        <source>Backups (*.json)</source>
        <translation>バックアップ (*.json)</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 をバックアップしています…</translation>
    </message>
    <message>
        <source>Backing up %1: its configuration…</source>
        <translation>%1 をバックアップしています: 構成…</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n app client(s)…</source>
        <translation>
            <numerusform>%1 をバックアップしています: %n 個のアプリクライアント…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n group(s)…</source>
        <translation>
            <numerusform>%1 をバックアップしています: %n 個のグループ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n user(s)…</source>
        <translation>
            <numerusform>%1 をバックアップしています: %n 人のユーザー…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: the members of %n group(s)…</source>
        <translation>
            <numerusform>%1 をバックアップしています: %n 個のグループのメンバー…</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1 canceled: nothing was written.</source>
        <translation>%1 のバックアップはキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>%1 をバックアップできませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write the backup to %1: %2</source>
        <translation>バックアップを %1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 to %2: %n user(s), %3 group(s), %4 app client(s).</source>
        <translation>
            <numerusform>%1 を %2 にバックアップしました: ユーザー %n 人、グループ %3 個、アプリクライアント %4 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>バックアップ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was sent.</source>
        <translation>%1 は復元できません: %2 何も送信されていません。</translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation>%1 に復元しています…</translation>
    </message>
    <message>
        <source>Created pool %1 (%2); its app clients…</source>
        <translation>ユーザープール %1 (%2) を作成しました。アプリクライアントを作成しています…</translation>
    </message>
    <message>
        <source>Restoring into %1: the groups…</source>
        <translation>%1 に復元しています: グループ…</translation>
    </message>
    <message>
        <source>Restore, job %1</source>
        <translation>復元、ジョブ %1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>復元はキャンセルされました。</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>復元が停止しました: %1</translation>
    </message>
    <message>
        <source>%1 (pool %2)</source>
        <translation>%1 (ユーザープール %2)</translation>
    </message>
    <message>
        <source>Restored into %1: %2 user(s) created, %3 skipped, %4 failed (job %5).</source>
        <translation>%1 に復元しました: 作成 %2 人、スキップ %3 人、失敗 %4 人 (ジョブ %5)。</translation>
    </message>
    <message>
        <source>Restore into %1 canceled: %2 user(s) created, %3 skipped, %4 failed; resume job %5 to finish it.</source>
        <translation>%1 への復元はキャンセルされました: 作成 %2 人、スキップ %3 人、失敗 %4 人。完了するにはジョブ %5 を再開してください。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The backup was restored into the new pool %1.</source>
        <translation>バックアップを新しいユーザープール %1 に復元しました。</translation>
    </message>
    <message>
        <source>The backup had no app client.</source>
        <translation>バックアップにはアプリクライアントがありませんでした。</translation>
    </message>
    <message>
        <source>Its app clients have new ids (old → new):
%1</source>
        <translation>アプリクライアントには新しい ID が割り当てられました (旧 → 新):
%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BulkJobDialog</name>
    <message>
        <source>Bulk job</source>
        <translation>一括ジョブ</translation>
    </message>
    <message>
        <source>Canceling: the users under way finish, nothing new is sent.</source>
        <translation>キャンセルしています: 処理中のユーザーは完了させ、新たな送信は行いません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2, %n user(s) of pool %3.</source>
        <translation>
            <numerusform>ジョブ %1: %2、ユーザープール %3 の %n 人のユーザー。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk job %1</source>
        <translation>一括ジョブ %1</translation>
    </message>
    <message>
        <source>The job could not run: %1</source>
        <translation>ジョブを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Canceled. The users not done are kept in the job&apos;s journal: the job can be resumed later.</source>
        <translation>キャンセルしました。未処理のユーザーはジョブのジャーナルに保持されているため、後でジョブを再開できます。</translation>
    </message>
    <message>
        <source>Succeeded: %1. Failed: %2.</source>
        <translation>成功: %1。失敗: %2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users per second, time left: %2</source>
        <translation>毎秒 %1 ユーザー、残り時間: %2</translation>
    </message>
    <message>
        <source>Paused: the users under way finish, nothing new is sent until Resume.</source>
        <translation>一時停止中: 処理中のユーザーは完了させ、再開するまで新たな送信は行いません。</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>実行中。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>レポートを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ConfirmSignUpDialog</name>
    <message>
        <source>Confirm the sign-up of %1 without the code the user was sent? The user can sign in with the password chosen at sign-up; email and phone number stay unverified.</source>
        <translation>ユーザーに送信されたコードを使わずに %1 のサインアップを確認しますか? ユーザーはサインアップ時に選んだパスワードでサインインできます。メールアドレスと電話番号は未検証のままになります。</translation>
    </message>
    <message>
        <source>&amp;Confirm Sign-up</source>
        <translation>サインアップを確認(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::CreateUserDialog</name>
    <message>
        <source>Send the invitation</source>
        <translation>招待を送信する</translation>
    </message>
    <message>
        <source>Send nothing (suppress)</source>
        <translation>何も送信しない (SUPPRESS)</translation>
    </message>
    <message>
        <source>Send the invitation again (existing user)</source>
        <translation>招待を再送信する (既存のユーザー)</translation>
    </message>
    <message>
        <source>C&amp;reate User</source>
        <translation>ユーザーを作成(&amp;R)</translation>
    </message>
    <message>
        <source>empty: Cognito generates one and sends it</source>
        <translation>空欄: Cognito が生成して送信します</translation>
    </message>
    <message>
        <source>&amp;Email or phone number:</source>
        <translation>メールアドレスまたは電話番号(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are email addresses or phone numbers (+15551234567).</source>
        <translation>このユーザープールのユーザー名は、メールアドレスまたは電話番号 (+15551234567) です。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are email addresses.</source>
        <translation>このユーザープールのユーザー名はメールアドレスです。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are phone numbers (+15551234567).</source>
        <translation>このユーザープールのユーザー名は電話番号 (+15551234567) です。</translation>
    </message>
    <message>
        <source>Choose how the invitation is delivered: email, SMS or both.</source>
        <translation>招待の送信方法 (メール、SMS、またはその両方) を選択してください。</translation>
    </message>
    <message>
        <source>An invitation by email needs the email attribute.</source>
        <translation>メールで招待するには email 属性が必要です。</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the phone_number attribute.</source>
        <translation>SMS で招待するには phone_number 属性が必要です。</translation>
    </message>
    <message>
        <source>No invitation is sent: type or generate the temporary password, or nobody will know it.</source>
        <translation>招待は送信されません。仮パスワードを入力するか生成してください。そうしないと、誰もパスワードを知ることができません。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::CsvCreateDialog</name>
    <message>
        <source>There is no connection.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Create users from CSV</source>
        <translation>CSV からユーザーを作成</translation>
    </message>
    <message>
        <source>Creates one user per row of a CSV file in pool %1. The header names the columns: username, the pool&apos;s attributes (email, phone_number, custom:…) and optionally groups (several separated by ;). The whole file is checked against the pool first; nothing is created while a line is wrong.</source>
        <translation>CSV ファイルの 1 行ごとに、ユーザープール %1 に 1 人のユーザーを作成します。ヘッダーで列名を指定します: username、ユーザープールの属性 (email、phone_number、custom:…)、および任意で groups (複数の場合は ; で区切る)。最初にファイル全体がユーザープールと照合され、誤りのある行がある間は何も作成されません。</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>プレビュー(&amp;V):</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>問題(&amp;B):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Generate a temporary password for each user (to the pool&apos;s password policy)</source>
        <translation>ユーザーごとに仮パスワードを生成する (ユーザープールのパスワードポリシーに従う)(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Passwords file:</source>
        <translation>パスワードファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選択(&amp;O)…</translation>
    </message>
    <message>
        <source>The generated passwords are written to this file only (readable by you alone); an existing file is never overwritten. Without generated passwords Cognito makes the temporary passwords and sends them in the invitation.</source>
        <translation>生成されたパスワードはこのファイルにのみ書き込まれます (読み取れるのはあなただけです)。既存のファイルが上書きされることはありません。パスワードを生成しない場合は、Cognito が仮パスワードを作成して招待メッセージで送信します。</translation>
    </message>
    <message>
        <source>&amp;Invitation message:</source>
        <translation>招待メッセージ(&amp;I):</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>送信する</translation>
    </message>
    <message>
        <source>Suppress it (send nothing)</source>
        <translation>送信しない (SUPPRESS)</translation>
    </message>
    <message>
        <source>Also add every user &amp;to:</source>
        <translation>すべてのユーザーを次にも追加(&amp;T):</translation>
    </message>
    <message>
        <source>At most (requests per &amp;second):</source>
        <translation>上限 (毎秒のリクエスト数)(&amp;S):</translation>
    </message>
    <message>
        <source>The quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>The operation&apos;s Cognito quota unless set; lowered on throttling either way.</source>
        <translation>指定しない場合は、その操作の Cognito クォータを使用します。いずれの場合も、スロットリング時には引き下げられます。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV ファイルを選択</translation>
    </message>
    <message>
        <source>Choose the passwords file</source>
        <translation>パスワードファイルを選択</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>ファイルのプレビュー</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>問題 (行ごと)</translation>
    </message>
    <message>
        <source>Groups every user is also added to</source>
        <translation>すべてのユーザーが追加されるグループ</translation>
    </message>
    <message>
        <source>Choose the users&apos; CSV file</source>
        <translation>ユーザーの CSV ファイルを選択</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Where the generated passwords go</source>
        <translation>生成したパスワードの保存先</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Pro&amp;blems: none</source>
        <translation>問題(&amp;B): なし</translation>
    </message>
    <message numerus="yes">
        <source>Pro&amp;blems (%n):</source>
        <translation>
            <numerusform>問題 (%n 件)(&amp;B):</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool could not be read: %1</source>
        <translation>ユーザープールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Choose the CSV file of the users to create.</source>
        <translation>作成するユーザーの CSV ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Reading the pool&apos;s attributes and groups…</source>
        <translation>ユーザープールの属性とグループを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be created until the file is fixed.</source>
        <translation>
            <numerusform>%n 件の問題: ファイルを修正するまで何も作成できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names no users.</source>
        <translation>ファイルにユーザーが 1 人も含まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), no problems. Choose the file the generated passwords go to.</source>
        <translation>
            <numerusform>%n 人のユーザー、問題なし。生成したパスワードの保存先ファイルを選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to create, no problems.</source>
        <translation>
            <numerusform>作成するユーザー %n 人、問題なし。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation>プレビューには最初の %1 行が表示されます。</translation>
    </message>
    <message>
        <source>%1 exists: the passwords file is never overwritten. Choose a new file.</source>
        <translation>%1 は既に存在します。パスワードファイルが上書きされることはありません。新しいファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::FixturesDialog</name>
    <message>
        <source>There is no connection.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>テストユーザー</translation>
    </message>
    <message>
        <source>Makes the test users of a fixtures file (YAML or JSON) exist in pool %1 as the file describes them: attributes, groups, enabled, a known password and TOTP. Check shows what would change for each user without writing anything; Apply does it. The passwords and TOTP secrets are kept in the keychain.</source>
        <translation>フィクスチャファイル (YAML または JSON) のテストユーザーを、ファイルの記述どおりにユーザープール %1 に用意します: 属性、グループ、有効状態、既知のパスワード、TOTP。「確認」では何も書き込まずに各ユーザーの変更内容を表示し、「適用」で実際に変更します。パスワードと TOTP シークレットはキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Fixtures &amp;file:</source>
        <translation>フィクスチャファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>App client for TOTP &amp;enrolment:</source>
        <translation>TOTP 登録用のアプリクライアント(&amp;E):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>TOTP enrolment signs in as the user: the app client must allow ADMIN_USER_PASSWORD_AUTH.</source>
        <translation>TOTP の登録はユーザーとしてサインインして行います。アプリクライアントで ADMIN_USER_PASSWORD_AUTH が許可されている必要があります。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>計画(&amp;P):</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Open a fixtures file</source>
        <translation>フィクスチャファイルを開く</translation>
    </message>
    <message>
        <source>Plan and outcome for each test user</source>
        <translation>各テストユーザーの計画と結果</translation>
    </message>
    <message>
        <source>Check what applying the file would change</source>
        <translation>ファイルを適用した場合の変更内容を確認</translation>
    </message>
    <message>
        <source>Apply the plan to the pool</source>
        <translation>計画をユーザープールに適用</translation>
    </message>
    <message>
        <source>Stop the run under way</source>
        <translation>実行中の処理を停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Fixtures files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>フィクスチャファイル (*.yaml *.yml *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file has a mistake, nothing can be applied: %1</source>
        <translation>ファイルに誤りがあるため、何も適用できません: %1</translation>
    </message>
    <message>
        <source>The file lists no users.</source>
        <translation>ファイルにユーザーが記載されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read. Check shows what applying the file would change.</source>
        <translation>
            <numerusform>%n 人のユーザーを読み込みました。「確認」で、ファイルを適用した場合の変更内容を表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would change.</source>
        <translation>
            <numerusform>%n 人のユーザーが変更されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be read.</source>
        <translation>
            <numerusform>%n 人のユーザーを読み込めませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply test users</source>
        <translation>テストユーザーの適用</translation>
    </message>
    <message numerus="yes">
        <source>Apply the plan to pool %1? %n user(s) will be created or updated.</source>
        <translation>
            <numerusform>計画をユーザープール %1 に適用しますか? %n 人のユーザーが作成または更新されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the app client…</source>
        <translation>アプリクライアントを読み込んでいます…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>適用しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed: see the Outcome column.</source>
        <translation>
            <numerusform>%n 人のユーザーが失敗しました。「結果」列を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>attributes set: %1</source>
        <translation>属性を設定: %1</translation>
    </message>
    <message>
        <source>added to: %1</source>
        <translation>追加先グループ: %1</translation>
    </message>
    <message>
        <source>removed from: %1</source>
        <translation>削除元グループ: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>password set (kept in the keychain)</source>
        <translation>パスワードを設定 (キーチェーンに保存)</translation>
    </message>
    <message>
        <source>old TOTP turned off</source>
        <translation>古い TOTP を無効化</translation>
    </message>
    <message>
        <source>TOTP enrolled (secret kept in the keychain)</source>
        <translation>TOTP を登録 (シークレットはキーチェーンに保存)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::FormStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ListPage</name>
    <message>
        <source>starts with</source>
        <translation>前方一致</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>完全一致</translation>
    </message>
    <message numerus="yes">
        <source>Loading… (%n loaded)</source>
        <translation>
            <numerusform>読み込み中… (%n 件読み込み済み)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded; scroll down for more.</source>
        <translation>
            <numerusform>%n 件読み込み済み。下にスクロールすると続きを読み込みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>全 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::LoginCheckDialog</name>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Nothing blocks %1&apos;s sign-in.</source>
        <translation>%1 のサインインを妨げるものはありません。</translation>
    </message>
    <message>
        <source>%1 cannot sign in: fix the blockers below.</source>
        <translation>%1 はサインインできません: 以下の障害を修正してください。</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>修正の適用</translation>
    </message>
    <message>
        <source>%1

Do this now for %2?</source>
        <translation>%1

%2 に対して今すぐ実行しますか?</translation>
    </message>
    <message>
        <source>(none: check the user and the pool only)</source>
        <translation>(なし: ユーザーとユーザープールのみを確認)</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>パスワード (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Admin (ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理者 (ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Hosted UI</source>
        <translation>ホストされた UI</translation>
    </message>
    <message>
        <source>Why Can&apos;t %1 Sign In?</source>
        <translation>%1 がサインインできない理由</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::MainWindow</name>
    <message>
        <source>User pools</source>
        <translation>ユーザープール</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>App clients</source>
        <translation>アプリクライアント</translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>インポートジョブ</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>%1 という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Could not open the profile %1: %2</source>
        <translation>プロファイル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>(command line and environment)</source>
        <translation>(コマンドラインと環境変数)</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(プロファイルなし)</translation>
    </message>
    <message>
        <source>User pools — %1</source>
        <translation>ユーザープール — %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の%1</translation>
    </message>
    <message>
        <source>Cognito Desk</source>
        <translation>Cognito Desk</translation>
    </message>
    <message>
        <source>Cognito Desk — %1 (%2)</source>
        <translation>Cognito Desk — %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>エンドポイント %1</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>リージョン %1</translation>
    </message>
    <message>
        <source>Credentials: not used yet</source>
        <translation>認証情報: まだ使用されていません</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>認証情報: %1</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>プロファイル %1 · %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Connect with another saved profile</source>
        <translation>別の保存済みプロファイルで接続します</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>%1の一覧</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除します</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>%n 人のユーザーを削除します</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>選択した行を削除します</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 を有効にします</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>%n 人のユーザーを有効にします</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>選択したユーザーを有効にします</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 を無効にします</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>%n 人のユーザーを無効にします</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable the selected users</source>
        <translation>選択したユーザーを無効にします</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>%1 のパスワードを設定します</translation>
    </message>
    <message>
        <source>Confirm the sign-up of %1</source>
        <translation>%1 のサインアップを確認します</translation>
    </message>
    <message>
        <source>Answer the new-password challenge of %1</source>
        <translation>%1 の新しいパスワードのチャレンジに応答します</translation>
    </message>
    <message numerus="yes">
        <source>The bulk job %1 (%2 of %n user(s) in pool %3, started %4) was interrupted with %5 done. Finish it now? Every user not done yet is done once.</source>
        <translation>
            <numerusform>一括ジョブ %1 (ユーザープール %3 の %n 人のユーザーに対する %2、開始 %4) は %5 人の処理が完了した時点で中断されました。今すぐ完了させますか? 未処理の各ユーザーは 1 回だけ処理されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume bulk job</source>
        <translation>一括ジョブの再開</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>グループに追加</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>グループから削除</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected user(s) to the group:</source>
        <translation>
            <numerusform>選択した %n 人のユーザーを次のグループに追加します:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected user(s) from the group:</source>
        <translation>
            <numerusform>選択した %n 人のユーザーを次のグループから削除します:</numerusform>
        </translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>属性を設定</translation>
    </message>
    <message>
        <source>The attribute and its value, as NAME=VALUE (for example custom:team=blue):</source>
        <translation>属性とその値を NAME=VALUE の形式で入力してください (例: custom:team=blue):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>&quot;%1&quot; は NAME=VALUE の形式ではありません。</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>属性の削除</translation>
    </message>
    <message>
        <source>The name of the attribute to delete (for example custom:team):</source>
        <translation>削除する属性の名前 (例: custom:team):</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::NewPasswordDialog</name>
    <message>
        <source>No app client of this pool allows ALLOW_ADMIN_USER_PASSWORD_AUTH; enable it on one to walk users through their first sign-in.</source>
        <translation>このユーザープールには ALLOW_ADMIN_USER_PASSWORD_AUTH を許可するアプリクライアントがありません。ユーザーの初回サインインを代行するには、いずれかのアプリクライアントでこれを有効にしてください。</translation>
    </message>
    <message>
        <source>&amp;Set New Password</source>
        <translation>新しいパスワードを設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the user&apos;s temporary password.</source>
        <translation>ユーザーの仮パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>アプリクライアントを選択…</translation>
    </message>
    <message>
        <source>Choose an app client.</source>
        <translation>アプリクライアントを選択してください。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::NewPasswordForm</name>
    <message>
        <source>Enter the new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::PasswordEdit</name>
    <message>
        <source>Copied to the clipboard. It is no longer shown here; paste it where it is needed before you copy anything else.</source>
        <translation>クリップボードにコピーしました。ここにはもう表示されません。ほかのものをコピーする前に、必要な場所に貼り付けてください。</translation>
    </message>
    <message>
        <source>Generated. Copy it now: it is shown only until you copy it.</source>
        <translation>生成しました。今すぐコピーしてください。コピーするまでしか表示されません。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>%1を生成</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1をコピー</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ProfilesController</name>
    <message>
        <source>A profile name has letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>プロファイル名に使用できるのは、英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; のみです。</translation>
    </message>
    <message>
        <source>Enter the secret access key: it is stored in the system keychain.</source>
        <translation>シークレットアクセスキーを入力してください。キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>何も保存されませんでした。%1</translation>
    </message>
    <message>
        <source>The profile was removed, but its keychain entries were not: %1</source>
        <translation>プロファイルは削除されましたが、キーチェーンのエントリは削除されませんでした: %1</translation>
    </message>
    <message>
        <source>Connected to %1: ListUserPools answered, signed with %2.</source>
        <translation>%1 に接続しました: ListUserPools が応答しました (%2 で署名)。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ProfilesDialog</name>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>キーチェーンに保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>なし (パブリッククライアント)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>%1 という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its keychain entries?</source>
        <translation>プロファイル %1 とそのキーチェーンのエントリを削除しますか?</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>Choose an AWS profile…</source>
        <translation>AWS プロファイルを選択…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::RestoreDialog</name>
    <message>
        <source>%1-restored</source>
        <translation>%1-restored</translation>
    </message>
    <message>
        <source>Enter the new pool&apos;s name.</source>
        <translation>新しいユーザープールの名前を入力してください。</translation>
    </message>
    <message>
        <source>Select a pool in the window first, or restore into a new pool.</source>
        <translation>先にウィンドウでユーザープールを選択するか、新しいユーザープールに復元してください。</translation>
    </message>
    <message>
        <source>Choose the file the generated passwords are written to.</source>
        <translation>生成したパスワードを書き込むファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 exists: the passwords file is never overwritten.</source>
        <translation>%1 は既に存在します。パスワードファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Passwords file</source>
        <translation>パスワードファイル</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1: pool %2 (%3), backed up %4, with %n user(s), %5 group(s) and %6 app client(s).</source>
        <translation>
            <numerusform>%1: ユーザープール %2 (%3)、バックアップ日時 %4、ユーザー %n 人、グループ %5 個、アプリクライアント %6 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;selected pool (none is selected)</source>
        <translation>選択したユーザープール (選択されていません)(&amp;S)</translation>
    </message>
    <message>
        <source>The &amp;selected pool, %1 (users already in it are skipped)</source>
        <translation>選択したユーザープール %1 (既に存在するユーザーはスキップされます)(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SavedSessions</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>The profile whose endpoint&apos;s saved sessions are listed</source>
        <translation>選択したプロファイルのエンドポイントの保存済みセッションを一覧表示します</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>アプリクライアント</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>保存済みセッション</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Token to copy</source>
        <translation>コピーするトークン</translation>
    </message>
    <message>
        <source>Which token Copy fresh token copies</source>
        <translation>「新しいトークンをコピー」でコピーされるトークン</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the saved session</source>
        <translation>保存済みセッションを使用</translation>
    </message>
    <message>
        <source>Copy &amp;fresh token</source>
        <translation>新しいトークンをコピー(&amp;F)</translation>
    </message>
    <message>
        <source>Copy a fresh token of the saved session</source>
        <translation>保存済みセッションの新しいトークンをコピー</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>破棄(&amp;G)</translation>
    </message>
    <message>
        <source>Forget the saved session</source>
        <translation>保存済みセッションを破棄</translation>
    </message>
    <message>
        <source>Sa&amp;ve session</source>
        <translation>セッションを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Keep this sign-in in the keychain, where the CLI&apos;s token get USER finds it</source>
        <translation>このサインインをキーチェーンに保存し、CLI の token get USER から使用できるようにします</translation>
    </message>
    <message>
        <source>Saved sessions status</source>
        <translation>保存済みセッションの状態</translation>
    </message>
    <message>
        <source>(this connection)</source>
        <translation>(この接続)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>Could not load the session of %1: %2</source>
        <translation>%1 のセッションを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Showing the saved session of %1.</source>
        <translation>%1 の保存済みセッションを表示しています。</translation>
    </message>
    <message>
        <source>Getting a fresh token for %1...</source>
        <translation>%1 の新しいトークンを取得しています...</translation>
    </message>
    <message>
        <source>Getting a fresh token for %1 was canceled.</source>
        <translation>%1 の新しいトークンの取得はキャンセルされました。</translation>
    </message>
    <message>
        <source>The session of %1 expires soon and could not be refreshed (sign in again): %2</source>
        <translation>%1 のセッションはまもなく期限切れになりますが、更新できませんでした (もう一度サインインしてください): %2</translation>
    </message>
    <message>
        <source>The session of %1 was refreshed but could not be saved: %2</source>
        <translation>%1 のセッションは更新されましたが、保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The session of %1 has no ID token.</source>
        <translation>%1 のセッションには ID トークンがありません。</translation>
    </message>
    <message>
        <source>The session of %1 has no access token.</source>
        <translation>%1 のセッションにはアクセストークンがありません。</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Refreshed the session of %1 and copied its %2.</source>
        <translation>%1 のセッションを更新し、%2 をコピーしました。</translation>
    </message>
    <message>
        <source>Copied the %2 of %1.</source>
        <translation>%1 の %2 をコピーしました。</translation>
    </message>
    <message>
        <source>Forget Session</source>
        <translation>セッションの破棄</translation>
    </message>
    <message>
        <source>Forget the saved session of %1 (app client %2)? Its tokens are removed from the keychain; the CLI cannot use it either.</source>
        <translation>%1 の保存済みセッション (アプリクライアント %2) を破棄しますか? そのトークンはキーチェーンから削除され、CLI でも使用できなくなります。</translation>
    </message>
    <message>
        <source>Could not forget the session of %1: %2</source>
        <translation>%1 のセッションを破棄できませんでした: %2</translation>
    </message>
    <message>
        <source>Forgot the session of %1.</source>
        <translation>%1 のセッションを破棄しました。</translation>
    </message>
    <message>
        <source>Could not save the session of %1: %2</source>
        <translation>%1 のセッションを保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved the session of %1: the CLI&apos;s token get %1 --client-id %2 uses it.</source>
        <translation>%1 のセッションを保存しました: CLI の token get %1 --client-id %2 がこのセッションを使用します。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SetPasswordDialog</name>
    <message>
        <source>&amp;Set Password</source>
        <translation>パスワードを設定(&amp;S)</translation>
    </message>
    <message>
        <source>Enter or generate a password.</source>
        <translation>パスワードを入力するか生成してください。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SignUpDialog</name>
    <message>
        <source>%1 (with secret)</source>
        <translation>%1 (シークレットあり)</translation>
    </message>
    <message>
        <source>This pool has no app client: create one first.</source>
        <translation>このユーザープールにはアプリクライアントがありません。先に作成してください。</translation>
    </message>
    <message>
        <source>A new code was sent.</source>
        <translation>新しいコードを送信しました。</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign Up</source>
        <translation>サインアップ(&amp;S)</translation>
    </message>
    <message>
        <source>%1 is signed up. Enter the confirmation code the user received.</source>
        <translation>%1 をサインアップしました。ユーザーが受け取った確認コードを入力してください。</translation>
    </message>
    <message>
        <source>%1 is signed up. A code was sent by %2 to %3; enter it here.</source>
        <translation>%1 をサインアップしました。コードが %2 で %3 に送信されました。ここに入力してください。</translation>
    </message>
    <message>
        <source>Enter the confirmation code.</source>
        <translation>確認コードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter or generate the password.</source>
        <translation>パスワードを入力するか生成してください。</translation>
    </message>
    <message>
        <source>Choose an app client.</source>
        <translation>アプリクライアントを選択してください。</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>アプリクライアントを選択…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::TokenWorkbench</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Refused a request on the redirect URI: %1</source>
        <translation>リダイレクト URI へのリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>パスワード (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Admin (ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理者 (ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Hosted UI, code + PKCE</source>
        <translation>ホストされた UI、認可コード + PKCE</translation>
    </message>
    <message>
        <source>Hosted UI, implicit grant</source>
        <translation>ホストされた UI、暗黙的な付与</translation>
    </message>
    <message>
        <source>Token endpoint (HTTP Basic)</source>
        <translation>トークンエンドポイント (HTTP Basic)</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <source>Public client.</source>
        <translation>パブリッククライアントです。</translation>
    </message>
    <message>
        <source>Confidential client: SECRET_HASH is sent with every request.</source>
        <translation>コンフィデンシャルクライアントです。すべてのリクエストで SECRET_HASH を送信します。</translation>
    </message>
    <message>
        <source>default flows (SRP, refresh, custom)</source>
        <translation>デフォルトのフロー (SRP、更新、カスタム)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 Flows: %2. Hosted-UI grants: %3.</source>
        <translation>%1 フロー: %2。ホストされた UI の付与タイプ: %3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password and has to choose a new one.</source>
        <translation>NEW_PASSWORD_REQUIRED: %1 は仮パスワードでサインインしたため、新しいパスワードを選ぶ必要があります。</translation>
    </message>
    <message>
        <source>SMS_MFA: enter the code sent to %1.</source>
        <translation>SMS_MFA: %1 に送信されたコードを入力してください。</translation>
    </message>
    <message>
        <source>SOFTWARE_TOKEN_MFA: enter the code from the authenticator app.</source>
        <translation>SOFTWARE_TOKEN_MFA: 認証アプリに表示されたコードを入力してください。</translation>
    </message>
    <message>
        <source>The service asks for %1, which the workbench cannot answer; use the CLI.</source>
        <translation>サービスが %1 を要求していますが、ワークベンチでは応答できません。CLI を使用してください。</translation>
    </message>
    <message>
        <source>No ID token (the openid scope was not granted).</source>
        <translation>ID トークンがありません (openid スコープが付与されませんでした)。</translation>
    </message>
    <message>
        <source>Checking the signature against the issuer&apos;s keys...</source>
        <translation>発行者の鍵で署名を確認しています...</translation>
    </message>
    <message>
        <source>Valid: RS256 signature verified with the issuer&apos;s JWKS; iss, %1, token_use and exp check out.</source>
        <translation>有効: RS256 署名を発行者の JWKS で検証しました。iss、%1、token_use、exp も正しい値です。</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>無効 (%1)</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未確認: %1</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>有効期限まであと %1 (%2)。</translation>
    </message>
    <message>
        <source>Expired %1 ago (at %2).</source>
        <translation>有効期限切れから %1 経過 (%2)。</translation>
    </message>
    <message>
        <source>Headers take &apos;Name: value&apos;, one per line, not &quot;%1&quot;.</source>
        <translation>ヘッダーは &apos;Name: value&apos; の形式で 1 行に 1 つずつ指定します。&quot;%1&quot; は無効です。</translation>
    </message>
    <message>
        <source>Choose a sign-in method…</source>
        <translation>サインイン方法を選択…</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>アプリクライアントを選択…</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>保存済みセッション</translation>
    </message>
    <message>
        <source>TOTP code:</source>
        <translation>TOTP コード:</translation>
    </message>
    <message>
        <source>Current TOTP code</source>
        <translation>現在の TOTP コード</translation>
    </message>
    <message>
        <source>TOTP code seconds left</source>
        <translation>TOTP コードの残り秒数</translation>
    </message>
    <message>
        <source>Copy c&amp;ode</source>
        <translation>コードをコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the TOTP code</source>
        <translation>TOTP コードをコピー</translation>
    </message>
    <message>
        <source>&amp;Fill the current TOTP code</source>
        <translation>現在の TOTP コードを入力(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the current TOTP code</source>
        <translation>現在の TOTP コードを入力</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::TokenWorkbenchController</name>
    <message>
        <source>Choose a user pool first.</source>
        <translation>先にユーザープールを選択してください。</translation>
    </message>
    <message>
        <source>Choose the app client to sign in with.</source>
        <translation>サインインに使用するアプリクライアントを選択してください。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Give the token endpoint&apos;s URL.</source>
        <translation>トークンエンドポイントの URL を指定してください。</translation>
    </message>
    <message>
        <source>Signing in as %1...</source>
        <translation>%1 としてサインインしています...</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser...</source>
        <translation>ブラウザーでのサインインを待っています...</translation>
    </message>
    <message>
        <source>The pool has no hosted-UI domain: create one or name one in the profile.</source>
        <translation>ユーザープールにホストされた UI のドメインがありません。ドメインを作成するか、プロファイルで指定してください。</translation>
    </message>
    <message>
        <source>The app client has no loopback callback URL (such as http://localhost:53682/callback) to receive the sign-in on.</source>
        <translation>アプリクライアントに、サインインを受け取るループバックのコールバック URL (http://localhost:53682/callback など) がありません。</translation>
    </message>
    <message>
        <source>Signing in as %1 at %2...</source>
        <translation>%2 で %1 としてサインインしています...</translation>
    </message>
    <message>
        <source>Setting the new password...</source>
        <translation>新しいパスワードを設定しています...</translation>
    </message>
    <message>
        <source>Checking the code...</source>
        <translation>コードを確認しています...</translation>
    </message>
    <message>
        <source>Refreshing the tokens...</source>
        <translation>トークンを更新しています...</translation>
    </message>
    <message>
        <source>Sign in first: there is no token to send.</source>
        <translation>先にサインインしてください。送信するトークンがありません。</translation>
    </message>
    <message>
        <source>Calling %1...</source>
        <translation>%1 を呼び出しています...</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UserDetailPane</name>
    <message>
        <source>No user selected</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>グループを選択…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n users selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 人のユーザーが選択されています&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable, disable or delete them all with the actions below.</source>
        <translation>下の操作で、これらすべてを有効化、無効化、または削除できます。</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>%1 のパスワードを設定します</translation>
    </message>
    <message>
        <source>Confirm the sign-up of %1</source>
        <translation>%1 のサインアップを確認します</translation>
    </message>
    <message>
        <source>Answer the new-password challenge of %1</source>
        <translation>%1 の新しいパスワードのチャレンジに応答します</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 を有効にします</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>%n 人のユーザーを有効にします</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 を無効にします</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>%n 人のユーザーを無効にします</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除します</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>%n 人のユーザーを削除します</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the chosen group</source>
        <translation>%1 を選択したグループに追加します</translation>
    </message>
    <message>
        <source>Remove %1 from the selected groups</source>
        <translation>%1 を選択したグループから削除します</translation>
    </message>
    <message>
        <source>Find out what stops %1 from signing in</source>
        <translation>%1 のサインインを妨げている原因を調べます</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UserFormsController</name>
    <message>
        <source>Canceled. A request that had already reached the service may still take effect.</source>
        <translation>キャンセルしました。すでにサービスに届いていたリクエストは反映される可能性があります。</translation>
    </message>
    <message>
        <source>Reading the pool&apos;s settings…</source>
        <translation>ユーザープールの設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>Listing the app clients…</source>
        <translation>アプリクライアントの一覧を取得しています…</translation>
    </message>
    <message>
        <source>Reading app client %1…</source>
        <translation>アプリクライアント %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Creating user %1…</source>
        <translation>ユーザー %1 を作成しています…</translation>
    </message>
    <message>
        <source>Setting the password of %1…</source>
        <translation>%1 のパスワードを設定しています…</translation>
    </message>
    <message>
        <source>Confirming the sign-up of %1…</source>
        <translation>%1 のサインアップを確認しています…</translation>
    </message>
    <message>
        <source>Signing up %1…</source>
        <translation>%1 をサインアップしています…</translation>
    </message>
    <message>
        <source>Sending a new code to %1…</source>
        <translation>%1 に新しいコードを送信しています…</translation>
    </message>
    <message>
        <source>Signing in as %1 with the temporary password…</source>
        <translation>仮パスワードを使って %1 としてサインインしています…</translation>
    </message>
    <message>
        <source>The service asked for %1, not for a new password; answer it in the token workbench.</source>
        <translation>サービスが要求したのは新しいパスワードではなく %1 です。トークンワークベンチで応答してください。</translation>
    </message>
    <message>
        <source>The service signed the user in without asking for a new password: the password is not a temporary one.</source>
        <translation>サービスは新しいパスワードを要求せずにユーザーをサインインさせました。このパスワードは仮パスワードではありません。</translation>
    </message>
    <message>
        <source>Sign in with the temporary password first.</source>
        <translation>先に仮パスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>Signing in again with the temporary password…</source>
        <translation>仮パスワードで再度サインインしています…</translation>
    </message>
    <message>
        <source>The service no longer asks this user for a new password.</source>
        <translation>サービスはこのユーザーに新しいパスワードを要求しなくなりました。</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>新しいパスワードを設定しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UsersController</name>
    <message>
        <source>Updating %1 of %2…</source>
        <translation>%2 の %1 を更新しています…</translation>
    </message>
    <message>
        <source>Deleting attributes of %1…</source>
        <translation>%1 の属性を削除しています…</translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation>%1 を %2 に追加しています…</translation>
    </message>
    <message>
        <source>Removing %1 from groups…</source>
        <translation>%1 をグループから削除しています…</translation>
    </message>
    <message>
        <source>Enable users</source>
        <translation>ユーザーの有効化</translation>
    </message>
    <message>
        <source>Enable %1? They will be able to sign in again.</source>
        <translation>%1 を有効にしますか? このユーザーは再びサインインできるようになります。</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users? They will be able to sign in again.</source>
        <translation>
            <numerusform>%n 人のユーザーを有効にしますか? これらのユーザーは再びサインインできるようになります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>ユーザーの無効化</translation>
    </message>
    <message>
        <source>Disable %1? They will not be able to sign in.</source>
        <translation>%1 を無効にしますか? このユーザーはサインインできなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users? They will not be able to sign in.</source>
        <translation>
            <numerusform>%n 人のユーザーを無効にしますか? これらのユーザーはサインインできなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 を削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? This cannot be undone. Type the number of users to confirm.</source>
        <translation>
            <numerusform>%n 人のユーザーを削除しますか? この操作は元に戻せません。確認のため、ユーザーの人数を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling users…</source>
        <translation>ユーザーを有効にしています…</translation>
    </message>
    <message>
        <source>Disabling users…</source>
        <translation>ユーザーを無効にしています…</translation>
    </message>
    <message>
        <source>Deleting users…</source>
        <translation>ユーザーを削除しています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Done (%n):</source>
        <translation>
            <numerusform>完了 (%n 件):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n):</source>
        <translation>
            <numerusform>失敗 (%n 件):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not attempted, canceled (%n):</source>
        <translation>
            <numerusform>キャンセルのため未実行 (%n 件):</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>グループに追加</translation>
    </message>
    <message>
        <source>Add %1 to the group %2?</source>
        <translation>%1 をグループ %2 に追加しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Add %n users to the group %1?</source>
        <translation>
            <numerusform>%n 人のユーザーをグループ %1 に追加しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding users to %1…</source>
        <translation>ユーザーを %1 に追加しています…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>グループから削除</translation>
    </message>
    <message>
        <source>Remove %1 from the group %2?</source>
        <translation>%1 をグループ %2 から削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n users from the group %1?</source>
        <translation>
            <numerusform>%n 人のユーザーをグループ %1 から削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing users from %1…</source>
        <translation>ユーザーを %1 から削除しています…</translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>Reset the password of %1? They must choose a new one with a code sent to them before they can sign in.</source>
        <translation>%1 のパスワードをリセットしますか? サインインする前に、送信されたコードを使って新しいパスワードを選ぶ必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n users? They must choose a new one with a code sent to them before they can sign in.</source>
        <translation>
            <numerusform>%n 人のユーザーのパスワードをリセットしますか? サインインする前に、送信されたコードを使って新しいパスワードを選ぶ必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting passwords…</source>
        <translation>パスワードをリセットしています…</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>すべての場所からサインアウト</translation>
    </message>
    <message>
        <source>Sign %1 out of every device? Their refresh tokens stop working.</source>
        <translation>%1 をすべてのデバイスからサインアウトさせますか? 更新トークンは使用できなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out of every device? Their refresh tokens stop working.</source>
        <translation>
            <numerusform>%n 人のユーザーをすべてのデバイスからサインアウトさせますか? 更新トークンは使用できなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing users out…</source>
        <translation>ユーザーをサインアウトさせています…</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>属性を設定</translation>
    </message>
    <message>
        <source>Set %1 for %2?</source>
        <translation>%2 に %1 を設定しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %n users?</source>
        <translation>
            <numerusform>%n 人のユーザーに %1 を設定しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1…</source>
        <translation>%1 を設定しています…</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>属性の削除</translation>
    </message>
    <message>
        <source>Delete the attribute %1 of %2?</source>
        <translation>%2 の属性 %1 を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the attribute %1 of %n users?</source>
        <translation>
            <numerusform>%n 人のユーザーの属性 %1 を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>Another bulk job is running: start this one once it has ended.</source>
        <translation>別の一括ジョブが実行中です。終了してからこのジョブを開始してください。</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>ユーザーの作成</translation>
    </message>
    <message>
        <source>Another bulk job is running: create the users once it has ended.</source>
        <translation>別の一括ジョブが実行中です。終了してからユーザーを作成してください。</translation>
    </message>
    <message>
        <source>Creating users…</source>
        <translation>ユーザーを作成しています…</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>ジョブの再開</translation>
    </message>
    <message>
        <source>Resume job %1</source>
        <translation>ジョブ %1 の再開</translation>
    </message>
    <message>
        <source>Resuming job %1…</source>
        <translation>ジョブ %1 を再開しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UsersMirror</name>
    <message>
        <source>Any group</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>Refresh &amp;local copy</source>
        <translation>ローカルコピーを更新(&amp;L)</translation>
    </message>
    <message>
        <source>Sync &amp;local copy</source>
        <translation>ローカルコピーを同期(&amp;L)</translation>
    </message>
    <message>
        <source>No local copy of this pool: the list pages the server.</source>
        <translation>このユーザープールのローカルコピーはありません。一覧はサーバーからページ単位で取得されます。</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln users</source>
        <translation>
            <numerusform>%Ln 人中 %L1 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>1 分以内</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Mirror from %1 (%2)</source>
        <translation>%1 時点のミラー (%2)</translation>
    </message>
    <message>
        <source>The local copy could not be updated (%1) and was removed; sync again.</source>
        <translation>ローカルコピーを更新できなかったため (%1)、削除しました。もう一度同期してください。</translation>
    </message>
    <message>
        <source>%1 is not in the local copy</source>
        <translation>%1 はローカルコピーにありません</translation>
    </message>
    <message>
        <source>Syncing the local copy of %1…</source>
        <translation>%1 のローカルコピーを同期しています…</translation>
    </message>
    <message>
        <source>Sync canceled; the local copy is as it was.</source>
        <translation>同期はキャンセルされました。ローカルコピーは元のままです。</translation>
    </message>
    <message>
        <source>Sync failed (%1); the local copy is as it was.</source>
        <translation>同期に失敗しました (%1)。ローカルコピーは元のままです。</translation>
    </message>
    <message>
        <source>Forget local data</source>
        <translation>ローカルデータの破棄</translation>
    </message>
    <message>
        <source>Delete the local copy of the users of %1? Searching needs a new sync then.</source>
        <translation>%1 のユーザーのローカルコピーを削除しますか? その後、検索するには再度同期が必要です。</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>ローカルコピーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Search the local &amp;copy:</source>
        <translation>ローカルコピーを検索(&amp;C):</translation>
    </message>
    <message>
        <source>Search the local copy</source>
        <translation>ローカルコピーを検索</translation>
    </message>
    <message>
        <source>Username or any attribute value; results as you type</source>
        <translation>ユーザー名または任意の属性値。入力に応じて結果が表示されます</translation>
    </message>
    <message>
        <source>username or any attribute value</source>
        <translation>ユーザー名または任意の属性値</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ステータス(&amp;T):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>E&amp;nabled:</source>
        <translation>有効(&amp;N):</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>見つかったユーザー</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>ローカルコピー</translation>
    </message>
    <message>
        <source>Sync local copy</source>
        <translation>ローカルコピーを同期</translation>
    </message>
    <message>
        <source>&amp;Forget local data</source>
        <translation>ローカルデータを破棄(&amp;F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Enabled or not</source>
        <translation>有効/無効を問わない</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>ネットワークエラー: %1</translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation>時間内に応答がありませんでした: %1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>予期しない応答: %1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::BulkRunDialog</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed: %1 of %2. Succeeded: %3.</source>
        <translation>失敗: %2 件中 %1 件。成功: %3 件。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ClientController</name>
    <message>
        <source>Creating app client %1…</source>
        <translation>アプリクライアント %1 を作成しています…</translation>
    </message>
    <message>
        <source>Describing app client %1…</source>
        <translation>アプリクライアント %1 の情報を取得しています…</translation>
    </message>
    <message>
        <source>Saving app client %1…</source>
        <translation>アプリクライアント %1 を保存しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ClientDialog</name>
    <message>
        <source>Also allowed (kept as they are): %1</source>
        <translation>ほかに許可されているフロー (変更されません): %1</translation>
    </message>
    <message>
        <source>Enter the app client&apos;s name.</source>
        <translation>アプリクライアントの名前を入力してください。</translation>
    </message>
    <message>
        <source>An app client name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>アプリクライアント名は、文字、数字、スペース、+ = , . @ - からなる 1～128 文字です。</translation>
    </message>
    <message>
        <source>Callback URL %1 is not allowed: use https (http only for localhost), without a fragment.</source>
        <translation>コールバック URL %1 は使用できません。フラグメントなしの https を使用してください (http は localhost の場合のみ)。</translation>
    </message>
    <message>
        <source>Sign-out URL %1 is not allowed: use https (http only for localhost), without a fragment.</source>
        <translation>サインアウト URL %1 は使用できません。フラグメントなしの https を使用してください (http は localhost の場合のみ)。</translation>
    </message>
    <message>
        <source>The client credentials flow cannot be combined with the code or implicit grant.</source>
        <translation>クライアント認証情報フローは、認可コード付与や暗黙的な付与と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>The client credentials flow needs a client secret.</source>
        <translation>クライアント認証情報フローにはクライアントシークレットが必要です。</translation>
    </message>
    <message>
        <source>OAuth flows need at least one callback URL.</source>
        <translation>OAuth フローには少なくとも 1 つのコールバック URL が必要です。</translation>
    </message>
    <message>
        <source>OAuth flows need at least one scope.</source>
        <translation>OAuth フローには少なくとも 1 つのスコープが必要です。</translation>
    </message>
    <message>
        <source>OAuth flows need an identity provider (Cognito user pool).</source>
        <translation>OAuth フローには ID プロバイダー (Cognito ユーザープール) が必要です。</translation>
    </message>
    <message>
        <source>Allow at least one authentication flow.</source>
        <translation>少なくとも 1 つの認証フローを許可してください。</translation>
    </message>
    <message>
        <source>New app client</source>
        <translation>新しいアプリクライアント</translation>
    </message>
    <message>
        <source>App client %1</source>
        <translation>アプリクライアント %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::Controller</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>Not tried: the run was canceled.</source>
        <translation>未実行: 処理がキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::CreateGroupDialog</name>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>グループ名を入力してください。</translation>
    </message>
    <message>
        <source>A group name is 1 to 128 letters, digits or punctuation, without spaces.</source>
        <translation>グループ名は、文字、数字、記号からなる 1～128 文字で、スペースは使用できません。</translation>
    </message>
    <message>
        <source>The role must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME).</source>
        <translation>ロールには IAM ロール ARN (arn:aws:iam::ACCOUNT:role/NAME) を指定してください。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::DomainController</name>
    <message>
        <source>Checking domain %1…</source>
        <translation>ドメイン %1 を確認しています…</translation>
    </message>
    <message>
        <source>Domain %1 is %2; checking again shortly…</source>
        <translation>ドメイン %1 の状態は %2 です。まもなく再確認します…</translation>
    </message>
    <message>
        <source>Creating domain %1…</source>
        <translation>ドメイン %1 を作成しています…</translation>
    </message>
    <message>
        <source>Deleting domain %1…</source>
        <translation>ドメイン %1 を削除しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::GroupController</name>
    <message>
        <source>Creating group %1…</source>
        <translation>グループ %1 を作成しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::GroupMembersDialog</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Adding members: %1 of %2…</source>
        <translation>メンバーを追加しています: %2 人中 %1 人…</translation>
    </message>
    <message>
        <source>Removing members: %1 of %2…</source>
        <translation>メンバーを削除しています: %2 人中 %1 人…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed: %1 of %2 (listed above). Succeeded: %3.</source>
        <translation>失敗: %2 件中 %1 件 (上記の一覧を参照)。成功: %3 件。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s).</source>
        <translation>
            <numerusform>グループに %n 人のユーザーを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n user(s).</source>
        <translation>
            <numerusform>グループから %n 人のユーザーを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>メンバーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>メンバー: %n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded; scroll for more.</source>
        <translation>
            <numerusform>%n 人のメンバーを読み込みました。スクロールすると続きを読み込みます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportController</name>
    <message>
        <source>Reading the pool&apos;s CSV header…</source>
        <translation>ユーザープールの CSV ヘッダーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Creating import job %1…</source>
        <translation>インポートジョブ %1 を作成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Uploading the CSV file (%n byte(s))…</source>
        <translation>
            <numerusform>CSV ファイルをアップロードしています (%n バイト)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting import job %1…</source>
        <translation>インポートジョブ %1 を開始しています…</translation>
    </message>
    <message>
        <source>Stopping import job %1…</source>
        <translation>インポートジョブ %1 を停止しています…</translation>
    </message>
    <message>
        <source>Import job %1: %2</source>
        <translation>インポートジョブ %1: %2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportRoleController</name>
    <message>
        <source>Finding or creating the role %1…</source>
        <translation>ロール %1 を検索または作成しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportWizard</name>
    <message>
        <source>Import users into %1</source>
        <translation>%1 にユーザーをインポート</translation>
    </message>
    <message>
        <source>Required columns: %1.</source>
        <translation>必須の列: %1。</translation>
    </message>
    <message>
        <source>Save the CSV header</source>
        <translation>CSV ヘッダーの保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Add one line per user and pick the file on the next page.</source>
        <translation>%1 に保存しました。ユーザーごとに 1 行を追加し、次のページでそのファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>インポートする CSV ファイルの選択</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file is larger than the 100 MB an import job takes.</source>
        <translation>ファイルが、1 つのインポートジョブで扱える上限の 100 MB を超えています。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to import; the columns match the pool&apos;s header.</source>
        <translation>
            <numerusform>インポートするユーザーは %n 人です。列はユーザープールのヘッダーと一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>A job name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>ジョブ名は、文字、数字、スペース、+ = , . @ - からなる 1～128 文字です。</translation>
    </message>
    <message>
        <source>Enter the ARN of the role that lets Cognito write the job&apos;s CloudWatch logs.</source>
        <translation>Cognito がジョブの CloudWatch ログを書き込むためのロールの ARN を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).</source>
        <translation>%1 は IAM ロール ARN (arn:aws:iam::123456789012:role/NAME) ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>The import finished: %n user(s) imported.</source>
        <translation>
            <numerusform>インポートが完了しました: %n 人のユーザーをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The job ended %1: %2</source>
        <translation>ジョブは %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>Created for this import (with its CloudWatch Logs policy).</source>
        <translation>このインポート用に作成しました (CloudWatch Logs ポリシー付き)。</translation>
    </message>
    <message>
        <source>The role was there already, trusted by Cognito.</source>
        <translation>ロールは既に存在し、Cognito から信頼されています。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::OperationStatus</name>
    <message>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolCompareDialog</name>
    <message>
        <source>The profile %1 is gone.</source>
        <translation>プロファイル %1 はもう存在しません。</translation>
    </message>
    <message>
        <source>Opening the profile %1…</source>
        <translation>プロファイル %1 を開いています…</translation>
    </message>
    <message>
        <source>Listing the pools…</source>
        <translation>ユーザープールを一覧表示しています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose pool B, then Compare.</source>
        <translation>ユーザープール B を選択してから、[比較] をクリックしてください。</translation>
    </message>
    <message>
        <source>Choose pool B first.</source>
        <translation>先にユーザープール B を選択してください。</translation>
    </message>
    <message>
        <source>Reading both pools…</source>
        <translation>両方のユーザープールを読み込んでいます…</translation>
    </message>
    <message>
        <source>Pool A: %1</source>
        <translation>ユーザープール A: %1</translation>
    </message>
    <message>
        <source>Pool B: %1</source>
        <translation>ユーザープール B: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are configured alike.</source>
        <translation>%1 と %2 は同じように構成されています。</translation>
    </message>
    <message>
        <source>Settings that differ between %1 (A) and %2 (B): %3.</source>
        <translation>%1 (A) と %2 (B) とで異なる設定: %3。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Pool A: %1. Only the settings that differ are listed; ids, dates and the account in ARNs are left out.</source>
        <translation>ユーザープール A: %1。異なる設定のみを一覧表示します。ID、日付、ARN 内のアカウントは除外されます。</translation>
    </message>
    <message>
        <source>Pool A: %1 (profile %2). Only the settings that differ are listed; ids, dates and the account in ARNs are left out.</source>
        <translation>ユーザープール A: %1 (プロファイル %2)。異なる設定のみを一覧表示します。ID、日付、ARN 内のアカウントは除外されます。</translation>
    </message>
    <message>
        <source>Pool A&apos;s connection</source>
        <translation>ユーザープール A の接続</translation>
    </message>
    <message>
        <source>%1 (pool A&apos;s profile)</source>
        <translation>%1 (ユーザープール A のプロファイル)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolController</name>
    <message>
        <source>Creating user pool %1…</source>
        <translation>ユーザープール %1 を作成しています…</translation>
    </message>
    <message>
        <source>Describing user pool %1…</source>
        <translation>ユーザープール %1 の情報を取得しています…</translation>
    </message>
    <message>
        <source>Saving the settings of user pool %1…</source>
        <translation>ユーザープール %1 の設定を保存しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolDialog</name>
    <message>
        <source>User pool %1</source>
        <translation>ユーザープール %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Domain deleted.</source>
        <translation>ドメインを削除しました。</translation>
    </message>
    <message>
        <source>Domain %1 is %2.</source>
        <translation>ドメイン %1 の状態は %2 です。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Username is the %1</source>
        <translation>%1 をユーザー名として使用</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>小文字</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>At least %1 characters; %2; temporary passwords valid %3 days</source>
        <translation>%1 文字以上、%2、仮パスワードの有効期間 %3 日</translation>
    </message>
    <message>
        <source>no character classes required</source>
        <translation>必須の文字種なし</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Cognito&apos;s own mailer</source>
        <translation>Cognito 自体のメール送信機能</translation>
    </message>
    <message>
        <source>%1 — %2 (https://%3)</source>
        <translation>%1 — %2 (https://%3)</translation>
    </message>
    <message>
        <source>Point a DNS alias for %1 at %2.</source>
        <translation>%1 の DNS エイリアスが %2 を指すように設定してください。</translation>
    </message>
    <message>
        <source>Enter a domain prefix (my-app) or a custom domain (auth.example.com).</source>
        <translation>ドメインプレフィックス (my-app) またはカスタムドメイン (auth.example.com) を入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a host name (lowercase letters, digits, hyphens and dots).</source>
        <translation>%1 はホスト名ではありません (使用できるのは英小文字、数字、ハイフン、ドットです)。</translation>
    </message>
    <message>
        <source>A custom domain needs the ARN of its ACM certificate in us-east-1.</source>
        <translation>カスタムドメインには、us-east-1 にある ACM 証明書の ARN が必要です。</translation>
    </message>
    <message>
        <source>A domain prefix is 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.</source>
        <translation>ドメインプレフィックスは、英小文字、数字、ハイフンからなる 1～63 文字で、先頭と末尾にはハイフンを使用できません。</translation>
    </message>
    <message>
        <source>A domain prefix cannot contain aws, amazon or cognito.</source>
        <translation>ドメインプレフィックスに aws、amazon、cognito を含めることはできません。</translation>
    </message>
    <message>
        <source>A certificate is only for a custom domain (one with dots).</source>
        <translation>証明書はカスタムドメイン (ドットを含むもの) にのみ指定できます。</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>ドメインの削除</translation>
    </message>
    <message>
        <source>Delete the hosted-UI domain %1? Sign-in pages on it stop working.</source>
        <translation>ホストされた UI のドメイン %1 を削除しますか? このドメイン上のサインインページは機能しなくなります。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolSettingsDialog</name>
    <message>
        <source>Settings of user pool %1</source>
        <translation>ユーザープール %1 の設定</translation>
    </message>
    <message>
        <source>Set when a pool is created; it cannot change.</source>
        <translation>ユーザープールの作成時に設定され、変更できません。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the pool&apos;s name.</source>
        <translation>ユーザープール名を入力してください。</translation>
    </message>
    <message>
        <source>A pool name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>ユーザープール名は、文字、数字、スペース、+ = , . @ - からなる 1～128 文字です。</translation>
    </message>
    <message>
        <source>Sending through Amazon SES needs the ARN of a verified SES identity.</source>
        <translation>Amazon SES で送信するには、検証済みの SES ID の ARN が必要です。</translation>
    </message>
    <message>
        <source>The From address is not an email address.</source>
        <translation>送信元 (From) のアドレスがメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address.</source>
        <translation>返信先 (Reply-to) のアドレスがメールアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::adminforms</name>
    <message>
        <source>Delete user pools</source>
        <translation>ユーザープールの削除</translation>
    </message>
    <message>
        <source>Delete %1 user pools with all their users, groups and app clients? This cannot be undone. Type %1 to confirm.</source>
        <translation>%1 個のユーザープールを、そのすべてのユーザー、グループ、アプリクライアントとともに削除しますか? この操作は元に戻せません。確認のため %1 と入力してください。</translation>
    </message>
    <message>
        <source>Deleting %1 user pools…</source>
        <translation>%1 個のユーザープールを削除しています…</translation>
    </message>
    <message>
        <source>Delete user pool</source>
        <translation>ユーザープールの削除</translation>
    </message>
    <message>
        <source>Deleting user pool %1…</source>
        <translation>ユーザープール %1 を削除しています…</translation>
    </message>
    <message>
        <source>Delete user pool %1 (%2) with all its users, groups and app clients? This cannot be undone. Type the pool&apos;s name to confirm.</source>
        <translation>ユーザープール %1 (%2) を、そのすべてのユーザー、グループ、アプリクライアントとともに削除しますか? この操作は元に戻せません。確認のため、ユーザープールの名前を入力してください。</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>グループの削除</translation>
    </message>
    <message>
        <source>Delete group %1 of %2? Its members stay in the pool.</source>
        <translation>%2 のグループ %1 を削除しますか? メンバーはユーザープールに残ります。</translation>
    </message>
    <message>
        <source>Delete %1 groups of %2? Their members stay in the pool. Type %1 to confirm.</source>
        <translation>%2 の %1 個のグループを削除しますか? メンバーはユーザープールに残ります。確認のため %1 と入力してください。</translation>
    </message>
    <message>
        <source>Deleting %1 group(s)…</source>
        <translation>%1 個のグループを削除しています…</translation>
    </message>
    <message>
        <source>Delete app clients</source>
        <translation>アプリクライアントの削除</translation>
    </message>
    <message>
        <source>Delete app client %1 of %2? Applications using it can no longer sign in.</source>
        <translation>%2 のアプリクライアント %1 を削除しますか? これを使用しているアプリケーションはサインインできなくなります。</translation>
    </message>
    <message>
        <source>Delete %1 app clients of %2? Applications using them can no longer sign in. Type %1 to confirm.</source>
        <translation>%2 の %1 個のアプリクライアントを削除しますか? これらを使用しているアプリケーションはサインインできなくなります。確認のため %1 と入力してください。</translation>
    </message>
    <message>
        <source>Deleting %1 app client(s)…</source>
        <translation>%1 個のアプリクライアントを削除しています…</translation>
    </message>
</context>
<context>
    <name>cdesk::models</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>プール ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>優先順位</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ジョブ ID</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Administer AWS Cognito user pools.</source>
        <translation>AWS Cognito のユーザープールを管理します。</translation>
    </message>
    <message>
        <source>Cognito endpoint override, e.g. http://127.0.0.1:9229.</source>
        <translation>Cognito エンドポイントの上書き (例: http://127.0.0.1:9229)。</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS リージョン。</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once loaded, then exit.</source>
        <translation>読み込みが完了したらメインウィンドウの PNG を書き出して終了します。</translation>
    </message>
    <message>
        <source>Open this saved profile instead of the last used one.</source>
        <translation>最後に使用したプロファイルの代わりに、この保存済みプロファイルを開きます。</translation>
    </message>
</context>
</TS>
