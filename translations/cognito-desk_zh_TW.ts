<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AttributesForm</name>
    <message>
        <source>&amp;Add attribute</source>
        <translation>新增屬性(&amp;A)</translation>
    </message>
    <message>
        <source>Attribute to add</source>
        <translation>要新增的屬性</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>稽核記錄</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>任何使用者</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>作業(&amp;O)：</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>起始時間(&amp;S)：</translation>
    </message>
    <message>
        <source>Only writes since a time</source>
        <translation>僅顯示某一時間之後的寫入作業</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始時間</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>寫入作業</translation>
    </message>
    <message>
        <source>Writes shown</source>
        <translation>顯示的寫入作業</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>略過的行</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>重新讀取記錄</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the writes shown as CSV</source>
        <translation>將顯示的寫入作業匯出為 CSV</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>No answer was recorded: the program ended before it came, or the write is still under way. Check the target on the service.</source>
        <translation>未記錄任何回應：程式在回應送達前已結束，或寫入作業仍在進行中。請在服務上檢查目標。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>請求 ID</translation>
    </message>
</context>
<context>
    <name>BulkJobDialog</name>
    <message>
        <source>Bulk job</source>
        <translation>批次任務</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Succeeded and failed</source>
        <translation>成功和失敗</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>速率和剩餘時間</translation>
    </message>
    <message>
        <source>State of the job</source>
        <translation>任務狀態</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the job</source>
        <translation>暫停任務</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the job</source>
        <translation>繼續任務</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消任務(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消任務</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>儲存報告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>將報告儲存為 CSV</translation>
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
        <translation>標頭</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>酬載</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 個成員</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>宣告</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>User pool:</source>
        <translation>使用者集區：</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>用戶端 ID：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>用戶端密碼：</translation>
    </message>
    <message>
        <source>&amp;Generate a client secret</source>
        <translation>產生用戶端密碼(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;secret</source>
        <translation>顯示密碼(&amp;S)</translation>
    </message>
    <message>
        <source>Authentication flows:</source>
        <translation>身分驗證流程：</translation>
    </message>
    <message>
        <source>SRP (ALLOW_USER_SRP_AUTH)</source>
        <translation>SRP (ALLOW_USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Refresh tokens (ALLOW_REFRESH_TOKEN_AUTH)</source>
        <translation>重新整理權杖 (ALLOW_REFRESH_TOKEN_AUTH)</translation>
    </message>
    <message>
        <source>Username and password (ALLOW_USER_PASSWORD_AUTH)</source>
        <translation>使用者名稱和密碼 (ALLOW_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Admin username and password (ALLOW_ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理員使用者名稱和密碼 (ALLOW_ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Custom (ALLOW_CUSTOM_AUTH)</source>
        <translation>自訂 (ALLOW_CUSTOM_AUTH)</translation>
    </message>
    <message>
        <source>&amp;Callback URLs:</source>
        <translation>回呼 URL(&amp;C)：</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com/callback</source>
        <translation>每行一個，例如 https://app.example.com/callback</translation>
    </message>
    <message>
        <source>Sign-&amp;out URLs:</source>
        <translation>登出 URL(&amp;O)：</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一個</translation>
    </message>
    <message>
        <source>OAuth flows:</source>
        <translation>OAuth 流程：</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>授權碼</translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation>隱含授權</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>用戶端憑證</translation>
    </message>
    <message>
        <source>OAuth scopes:</source>
        <translation>OAuth 範圍：</translation>
    </message>
    <message>
        <source>custom scopes, separated by spaces (resource-server/scope)</source>
        <translation>自訂範圍，以空格分隔 (resource-server/scope)</translation>
    </message>
    <message>
        <source>Identity providers:</source>
        <translation>身分提供者：</translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO)</source>
        <translation>Cognito 使用者集區 (COGNITO)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>用戶端密碼</translation>
    </message>
    <message>
        <source>Custom scopes</source>
        <translation>自訂範圍</translation>
    </message>
    <message>
        <source>Separated by spaces, as resource-server/scope</source>
        <translation>以空格分隔，格式為 resource-server/scope</translation>
    </message>
</context>
<context>
    <name>ConfirmSignUpDialog</name>
    <message>
        <source>Confirm Sign-up</source>
        <translation>確認註冊</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>新增群組</translation>
    </message>
    <message>
        <source>User pool:</source>
        <translation>使用者集區：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Precedence:</source>
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>Lower values win when a user is in several groups with roles.</source>
        <translation>當使用者屬於多個具有角色的群組時，值較小的群組優先。</translation>
    </message>
    <message>
        <source>IAM &amp;role ARN:</source>
        <translation>IAM 角色 ARN(&amp;R)：</translation>
    </message>
    <message>
        <source>optional, arn:aws:iam::123456789012:role/NAME</source>
        <translation>選用，arn:aws:iam::123456789012:role/NAME</translation>
    </message>
    <message>
        <source>Precedence value</source>
        <translation>優先順序值</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>建立使用者</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>邀請(&amp;I)：</translation>
    </message>
    <message>
        <source>Deliver by:</source>
        <translation>傳送方式：</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>簡訊(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>臨時密碼(&amp;T)：</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>屬性：</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>取消進行中的作業</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Group members</source>
        <translation>群組成員</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成員：</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除選取項目(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Usernames to add (one per line):</source>
        <translation>要新增的使用者名稱（每行一個）(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>新增至群組(&amp;A)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
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
        <translation>使用者集區的 CSV 標頭</translation>
    </message>
    <message>
        <source>Cognito imports a CSV file whose first line is the pool&apos;s header. Save it, add one line per user, then pick the file.</source>
        <translation>Cognito 匯入的 CSV 檔案第一行必須是該使用者集區的標頭。請儲存標頭，為每位使用者新增一行，然後選取該檔案。</translation>
    </message>
    <message>
        <source>&amp;Save CSV header…</source>
        <translation>儲存 CSV 標頭(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>The users&apos; file</source>
        <translation>使用者檔案</translation>
    </message>
    <message>
        <source>The file is checked against the header before anything is uploaded.</source>
        <translation>上傳任何內容之前，會先依據標頭檢查該檔案。</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>選擇 CSV 檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>The import job</source>
        <translation>匯入任務</translation>
    </message>
    <message>
        <source>Cognito writes the job&apos;s log to CloudWatch with an IAM role that trusts cognito-idp.amazonaws.com.</source>
        <translation>Cognito 透過一個信任 cognito-idp.amazonaws.com 的 IAM 角色將任務日誌寫入 CloudWatch。</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>任務名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>CloudWatch Logs &amp;role ARN:</source>
        <translation>CloudWatch Logs 角色 ARN(&amp;R)：</translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/Cognito-UserImport-Role</source>
        <translation>arn:aws:iam::123456789012:role/Cognito-UserImport-Role</translation>
    </message>
    <message>
        <source>Create the role for &amp;me</source>
        <translation>為我建立該角色(&amp;M)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>匯入中</translation>
    </message>
    <message>
        <source>The job is created, the file uploaded and the job started; its counts follow until it ends.</source>
        <translation>將建立任務、上傳檔案並啟動任務；之後會持續顯示其計數，直到任務結束。</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>任務 ID：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已匯入：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已略過：</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失敗：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>訊息：</translation>
    </message>
    <message>
        <source>S&amp;top the job</source>
        <translation>停止任務(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search the pool:</source>
        <translation>在使用者集區中搜尋：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>篩選已載入的列</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Search the pool by attribute</source>
        <translation>依屬性在使用者集區中搜尋</translation>
    </message>
    <message>
        <source>Search operator</source>
        <translation>搜尋運算子</translation>
    </message>
    <message>
        <source>Search value</source>
        <translation>搜尋值</translation>
    </message>
    <message>
        <source>Press Enter to search the pool</source>
        <translation>按 Enter 鍵在使用者集區中搜尋</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消載入</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <source>Why Can&apos;t This User Sign In?</source>
        <translation>該使用者為何無法登入？</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>應用程式用戶端(&amp;C)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow:</source>
        <translation>登入流程(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>重新導向 URI(&amp;R)：</translation>
    </message>
    <message>
        <source>Hosted UI only, e.g. https://app.example.com/callback</source>
        <translation>僅限託管 UI，例如 https://app.example.com/callback</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正方法</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>重新檢查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply Fix…</source>
        <translation>套用修正(&amp;A)…</translation>
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
        <translation>使用者集區</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>設定檔(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit the saved profiles</source>
        <translation>編輯已儲存的設定檔</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>在清單中尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a user, group, app client or pool, as the page shows</source>
        <translation>依目前頁面建立使用者、群組、應用程式用戶端或使用者集區</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>刪除選取的列</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>啟用選取的使用者</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>停用(&amp;I)</translation>
    </message>
    <message>
        <source>Disable the selected users</source>
        <translation>停用選取的使用者</translation>
    </message>
    <message>
        <source>&amp;Sign up a user…</source>
        <translation>註冊使用者(&amp;S)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Confirm sign-up…</source>
        <translation>確認註冊(&amp;C)…</translation>
    </message>
    <message>
        <source>Complete &amp;new-password challenge…</source>
        <translation>完成新密碼挑戰(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation>從 CSV 匯入使用者(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the selected pool, group or app client</source>
        <translation>顯示所選的使用者集區、群組或應用程式用戶端</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>導覽</translation>
    </message>
    <message>
        <source>The pools and their sections; the page of the chosen item is shown beside it</source>
        <translation>使用者集區及其各個區段；所選項目的頁面會顯示在旁邊</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>新增至群組(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose a group for the selected user in the detail pane</source>
        <translation>在詳細資料窗格中為選取的使用者選擇群組</translation>
    </message>
    <message>
        <source>Go to the &amp;navigation</source>
        <translation>移至導覽(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>移至清單(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>移至詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;reate users from CSV…</source>
        <translation>從 CSV 建立使用者(&amp;R)…</translation>
    </message>
    <message>
        <source>Create one user per row of a CSV file, checked against the pool first</source>
        <translation>依 CSV 檔案的每一列建立一位使用者，並先根據使用者集區進行檢查</translation>
    </message>
    <message>
        <source>Remove from gro&amp;up…</source>
        <translation>從群組中移除(&amp;U)…</translation>
    </message>
    <message>
        <source>Remove the selected users from a group</source>
        <translation>將選取的使用者從群組中移除</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>重設密碼(&amp;W)…</translation>
    </message>
    <message>
        <source>Reset the passwords of the selected users: each gets a code to choose a new one</source>
        <translation>重設選取使用者的密碼：每位使用者都會收到一個用於設定新密碼的驗證碼</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>從所有裝置登出(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign the selected users out of every device</source>
        <translation>將選取的使用者從所有裝置登出</translation>
    </message>
    <message>
        <source>Se&amp;t attribute…</source>
        <translation>設定屬性(&amp;T)…</translation>
    </message>
    <message>
        <source>Set one attribute to one value for the selected users</source>
        <translation>為選取的使用者將一個屬性設定為一個值</translation>
    </message>
    <message>
        <source>De&amp;lete attribute…</source>
        <translation>刪除屬性(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete one attribute of the selected users</source>
        <translation>刪除選取使用者的一個屬性</translation>
    </message>
    <message>
        <source>Co&amp;mpare pool with…</source>
        <translation>將使用者集區與其他使用者集區比較(&amp;M)…</translation>
    </message>
    <message>
        <source>The settings, app clients, groups and domain that differ between this pool and another</source>
        <translation>此使用者集區與另一個使用者集區之間不同的設定、應用程式用戶端、群組和網域</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>稽核記錄(&amp;A)…</translation>
    </message>
    <message>
        <source>Every write made through Cognito Desk on this computer</source>
        <translation>在此電腦上透過 Cognito Desk 進行的所有寫入作業</translation>
    </message>
    <message>
        <source>&amp;Back up pool…</source>
        <translation>備份使用者集區(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the selected pool&apos;s configuration, app clients, groups, users and memberships to a file</source>
        <translation>將所選使用者集區的組態、應用程式用戶端、群組、使用者和成員資格儲存到檔案</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Recreate a backup&apos;s groups, users and memberships in the selected pool or a new one</source>
        <translation>在所選使用者集區或新使用者集區中重新建立備份中的群組、使用者和成員資格</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Test users…</source>
        <translation>測試使用者(&amp;T)…</translation>
    </message>
    <message>
        <source>Make the test users of a fixtures file exist in this pool, with known passwords, groups and TOTP</source>
        <translation>確保測試資料檔案中的測試使用者存在於此使用者集區中，並具有已知的密碼、群組和 TOTP</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Complete First Sign-in</source>
        <translation>完成首次登入</translation>
    </message>
    <message>
        <source>The user signs in once with the temporary password; the pool then asks for a new one.</source>
        <translation>使用者先以臨時密碼登入一次，接著使用者集區會要求設定新密碼。</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>應用程式用戶端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>臨時密碼(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>確認(&amp;F)：</translation>
    </message>
    <message>
        <source>The pool requires these attributes before the user can sign in:</source>
        <translation>使用者登入前，使用者集區要求提供下列屬性：</translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>取消進行中的作業</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Generate a random password that satisfies the pool&apos;s password policy</source>
        <translation>產生符合使用者集區密碼政策的隨機密碼</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>產生(&amp;G)</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard once; it is hidden afterwards</source>
        <translation>將產生的密碼複製到剪貼簿（僅限一次），之後密碼將會隱藏</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PoolCompareDialog</name>
    <message>
        <source>Compare pools</source>
        <translation>比較使用者集區</translation>
    </message>
    <message>
        <source>Pool B&apos;s &amp;profile:</source>
        <translation>使用者集區 B 的設定檔(&amp;P)：</translation>
    </message>
    <message>
        <source>Pool B&apos;s profile</source>
        <translation>使用者集區 B 的設定檔</translation>
    </message>
    <message>
        <source>Pool &amp;B:</source>
        <translation>使用者集區 B(&amp;B)：</translation>
    </message>
    <message>
        <source>Pool B</source>
        <translation>使用者集區 B</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two pools</source>
        <translation>比較這兩個使用者集區</translation>
    </message>
    <message>
        <source>State of the comparison</source>
        <translation>比較狀態</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Pool A</source>
        <translation>使用者集區 A</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <source>Pool</source>
        <translation>使用者集區</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>建立時間：</translation>
    </message>
    <message>
        <source>Estimated users:</source>
        <translation>預估使用者數：</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>登入方式：</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>別名：</translation>
    </message>
    <message>
        <source>Verified automatically:</source>
        <translation>自動驗證：</translation>
    </message>
    <message>
        <source>MFA:</source>
        <translation>MFA：</translation>
    </message>
    <message>
        <source>Deletion protection:</source>
        <translation>刪除保護：</translation>
    </message>
    <message>
        <source>Password policy:</source>
        <translation>密碼政策：</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>電子郵件設定</translation>
    </message>
    <message>
        <source>Sent with:</source>
        <translation>傳送方式：</translation>
    </message>
    <message>
        <source>SES identity:</source>
        <translation>SES 身分：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>寄件者：</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>回覆地址：</translation>
    </message>
    <message>
        <source>Hosted UI domain</source>
        <translation>託管 UI 網域</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>網域：</translation>
    </message>
    <message>
        <source>&amp;New domain:</source>
        <translation>新網域(&amp;N)：</translation>
    </message>
    <message>
        <source>prefix (my-app) or custom domain (auth.example.com)</source>
        <translation>字首 (my-app) 或自訂網域 (auth.example.com)</translation>
    </message>
    <message>
        <source>&amp;Certificate ARN:</source>
        <translation>憑證 ARN(&amp;C)：</translation>
    </message>
    <message>
        <source>custom domains only: arn:aws:acm:us-east-1:…</source>
        <translation>僅限自訂網域：arn:aws:acm:us-east-1:…</translation>
    </message>
    <message>
        <source>C&amp;reate domain</source>
        <translation>建立網域(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete domain</source>
        <translation>刪除網域(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>編輯設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the pool&apos;s settings</source>
        <translation>編輯使用者集區的設定</translation>
    </message>
</context>
<context>
    <name>PoolSettingsDialog</name>
    <message>
        <source>New user pool</source>
        <translation>新增使用者集區</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Users sign in with their &amp;email address as username</source>
        <translation>使用者以電子郵件地址作為使用者名稱登入(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Verify email addresses automatically (send a code)</source>
        <translation>自動驗證電子郵件地址（傳送驗證碼）(&amp;V)</translation>
    </message>
    <message>
        <source>Only administrators create users (no self sign-up)</source>
        <translation>僅管理員可建立使用者（不允許自助註冊）</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>密碼政策</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>最小長度(&amp;M)：</translation>
    </message>
    <message>
        <source>Uppercase</source>
        <translation>大寫字母</translation>
    </message>
    <message>
        <source>Lowercase</source>
        <translation>小寫字母</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>符號</translation>
    </message>
    <message>
        <source>&amp;Temporary passwords expire after (days):</source>
        <translation>臨時密碼有效期限（天）(&amp;T)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>&amp;Send with:</source>
        <translation>傳送方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Cognito&apos;s own mailer (limited daily quota)</source>
        <translation>Cognito 內建的郵件傳送功能（每日配額有限）</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>SES &amp;identity ARN:</source>
        <translation>SES 身分 ARN(&amp;I)：</translation>
    </message>
    <message>
        <source>arn:aws:ses:REGION:ACCOUNT:identity/example.com</source>
        <translation>arn:aws:ses:REGION:ACCOUNT:identity/example.com</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>寄件者(&amp;F)：</translation>
    </message>
    <message>
        <source>optional, e.g. Example &lt;no-reply@example.com&gt;</source>
        <translation>選用，例如 Example &lt;no-reply@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>回覆地址(&amp;R)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選用</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>M&amp;FA:</source>
        <translation>MFA(&amp;F)：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Optional: each user chooses</source>
        <translation>選用：由每位使用者自行選擇</translation>
    </message>
    <message>
        <source>Required for every user</source>
        <translation>所有使用者必須使用</translation>
    </message>
    <message>
        <source>&amp;Deletion protection: the pool cannot be deleted while this is on</source>
        <translation>刪除保護(&amp;D)：開啟時無法刪除使用者集區</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>區域(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例如 eu-west-1</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>端點覆寫(&amp;E)：</translation>
    </message>
    <message>
        <source>empty: the region&apos;s AWS endpoint</source>
        <translation>留空：使用該區域的 AWS 端點</translation>
    </message>
    <message>
        <source>User &amp;pool ID:</source>
        <translation>使用者集區 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>App &amp;client ID:</source>
        <translation>應用程式用戶端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>用戶端密碼(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Hosted-UI domain:</source>
        <translation>託管 UI 網域(&amp;H)：</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>回呼 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/callback</source>
        <translation>例如 http://localhost:8080/callback</translation>
    </message>
    <message>
        <source>AWS credentials</source>
        <translation>AWS 憑證</translation>
    </message>
    <message>
        <source>From an &amp;AWS profile:</source>
        <translation>來自 AWS 設定檔(&amp;A)：</translation>
    </message>
    <message>
        <source>From &amp;keys in the keychain:</source>
        <translation>來自鑰匙圈中的金鑰(&amp;K)：</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>存取金鑰 ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私密存取金鑰</translation>
    </message>
    <message>
        <source>From the en&amp;vironment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)</source>
        <translation>來自環境變數 (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>儲存(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已儲存的設定檔</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS 設定檔</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The keychain request was canceled.</source>
        <translation>鑰匙圈請求已取消。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>還原至</translation>
    </message>
    <message>
        <source>The &amp;selected pool</source>
        <translation>所選使用者集區(&amp;S)</translation>
    </message>
    <message>
        <source>A &amp;new pool named:</source>
        <translation>新使用者集區，名稱為(&amp;N)：</translation>
    </message>
    <message>
        <source>New pool name</source>
        <translation>新使用者集區名稱</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>臨時密碼</translation>
    </message>
    <message>
        <source>Passwords cannot be exported from Cognito, so a backup holds none: every restored user gets a temporary password and must choose a new one at the first sign-in.</source>
        <translation>無法從 Cognito 匯出密碼，因此備份中不包含任何密碼：每位還原的使用者都會取得一個臨時密碼，並且必須在首次登入時設定新密碼。</translation>
    </message>
    <message>
        <source>&amp;Generate them and write them to a file (owner-only, never overwritten):</source>
        <translation>產生密碼並寫入檔案（僅擁有者可讀，絕不覆寫）(&amp;G)：</translation>
    </message>
    <message>
        <source>Passwords &amp;file:</source>
        <translation>密碼檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Let Cognito make them and send &amp;no invitation message</source>
        <translation>由 Cognito 產生，且不傳送邀請訊息(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ermanent (otherwise the user must choose a new password at the next sign-in)</source>
        <translation>永久（否則使用者必須在下次登入時設定新密碼）(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source>Sign Up a User</source>
        <translation>註冊使用者</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>應用程式用戶端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>屬性：</translation>
    </message>
    <message>
        <source>Confirmation c&amp;ode:</source>
        <translation>確認碼(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>重新傳送確認碼(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TokenWorkbench</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>應用程式用戶端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>用戶端：</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>權杖端點(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Hosted UI &amp;domain:</source>
        <translation>託管 UI 網域(&amp;D)：</translation>
    </message>
    <message>
        <source>https://PREFIX.auth.REGION.amazoncognito.com</source>
        <translation>https://PREFIX.auth.REGION.amazoncognito.com</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>重新導向 URI(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>範圍(&amp;S)：</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑戰</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>設定密碼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>驗證(&amp;V)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>權杖</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 權杖</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Copy I&amp;D token</source>
        <translation>複製 ID 權杖(&amp;D)</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>複製存取權杖(&amp;A)</translation>
    </message>
    <message>
        <source>Copy refresh &amp;token</source>
        <translation>複製重新整理權杖(&amp;T)</translation>
    </message>
    <message>
        <source>API request</source>
        <translation>API 請求</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>權杖(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Bearer prefix</source>
        <translation>Bearer 前置詞(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>標頭(&amp;H)：</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>每行一個，格式為「名稱: 值」</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>本文(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>複製為 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>回應：</translation>
    </message>
    <message>
        <source>ID token claims</source>
        <translation>ID 權杖宣告</translation>
    </message>
    <message>
        <source>Access token claims</source>
        <translation>存取權杖宣告</translation>
    </message>
    <message>
        <source>Refresh the tokens</source>
        <translation>重新整理權杖</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>回應標頭</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>回應本文</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>No user selected</source>
        <translation>未選取使用者</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Attribute, e.g. custom:team</source>
        <translation>屬性，例如 custom:team</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Delete selected attributes</source>
        <translation>刪除選取的屬性</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>新增至群組(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from group</source>
        <translation>從群組中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Confirm sign-up…</source>
        <translation>確認註冊(&amp;C)…</translation>
    </message>
    <message>
        <source>Complete &amp;new-password challenge…</source>
        <translation>完成新密碼挑戰(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>啟用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete user…</source>
        <translation>刪除使用者(&amp;L)…</translation>
    </message>
    <message>
        <source>User attributes</source>
        <translation>使用者屬性</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>屬性名稱</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>屬性值</translation>
    </message>
    <message>
        <source>Press Enter to set the attribute</source>
        <translation>按 Enter 鍵設定屬性</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>設定屬性</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>使用者所屬的群組</translation>
    </message>
    <message>
        <source>Group to add the user to</source>
        <translation>要將使用者新增至的群組</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>啟用使用者</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用使用者</translation>
    </message>
    <message>
        <source>W&amp;hy can&apos;t this user sign in?…</source>
        <translation>該使用者為何無法登入？(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::AttributesForm</name>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>+15551234567</source>
        <translation>+15551234567</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必須為 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必須為數字。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::AuditLogDialog</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>無法匯出到 %1：%2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>匯出稽核記錄</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>任何作業</translation>
    </message>
    <message>
        <source>Every write made through Cognito Desk on this computer, by the app or the command line: %1</source>
        <translation>在此電腦上透過 Cognito Desk（應用程式或命令列）進行的所有寫入作業：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 writes shown.</source>
        <translation>
            <numerusform>顯示了 %1 個寫入作業中的 %n 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BackupController</name>
    <message>
        <source>Back up pool</source>
        <translation>備份使用者集區</translation>
    </message>
    <message>
        <source>Backups (*.json)</source>
        <translation>備份 (*.json)</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在備份 %1…</translation>
    </message>
    <message>
        <source>Backing up %1: its configuration…</source>
        <translation>正在備份 %1：組態…</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n app client(s)…</source>
        <translation>
            <numerusform>正在備份 %1：%n 個應用程式用戶端…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n group(s)…</source>
        <translation>
            <numerusform>正在備份 %1：%n 個群組…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n user(s)…</source>
        <translation>
            <numerusform>正在備份 %1：%n 位使用者…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: the members of %n group(s)…</source>
        <translation>
            <numerusform>正在備份 %1：%n 個群組的成員…</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1 canceled: nothing was written.</source>
        <translation>%1 的備份已取消：未寫入任何內容。</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>無法備份 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the backup to %1: %2</source>
        <translation>無法將備份寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 to %2: %n user(s), %3 group(s), %4 app client(s).</source>
        <translation>
            <numerusform>已將 %1 備份到 %2：%n 位使用者，%3 個群組，%4 個應用程式用戶端。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>備份 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was sent.</source>
        <translation>無法還原 %1：%2 未傳送任何內容。</translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation>正在還原至 %1…</translation>
    </message>
    <message>
        <source>Created pool %1 (%2); its app clients…</source>
        <translation>已建立使用者集區 %1 (%2)；正在建立其應用程式用戶端…</translation>
    </message>
    <message>
        <source>Restoring into %1: the groups…</source>
        <translation>正在還原至 %1：群組…</translation>
    </message>
    <message>
        <source>Restore, job %1</source>
        <translation>還原，任務 %1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>還原已取消。</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>還原已停止：%1</translation>
    </message>
    <message>
        <source>%1 (pool %2)</source>
        <translation>%1（使用者集區 %2）</translation>
    </message>
    <message>
        <source>Restored into %1: %2 user(s) created, %3 skipped, %4 failed (job %5).</source>
        <translation>已還原至 %1：建立 %2 位使用者，略過 %3 位，失敗 %4 位（任務 %5）。</translation>
    </message>
    <message>
        <source>Restore into %1 canceled: %2 user(s) created, %3 skipped, %4 failed; resume job %5 to finish it.</source>
        <translation>還原至 %1 已取消：建立 %2 位使用者，略過 %3 位，失敗 %4 位；繼續任務 %5 即可完成。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The backup was restored into the new pool %1.</source>
        <translation>備份已還原至新使用者集區 %1。</translation>
    </message>
    <message>
        <source>The backup had no app client.</source>
        <translation>備份中沒有應用程式用戶端。</translation>
    </message>
    <message>
        <source>Its app clients have new ids (old → new):
%1</source>
        <translation>其應用程式用戶端已指派新的 ID（舊 → 新）：
%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BulkJobDialog</name>
    <message>
        <source>Bulk job</source>
        <translation>批次任務</translation>
    </message>
    <message>
        <source>Canceling: the users under way finish, nothing new is sent.</source>
        <translation>正在取消：正在處理的使用者將完成，不再傳送新的請求。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2, %n user(s) of pool %3.</source>
        <translation>
            <numerusform>任務 %1：%2，使用者集區 %3 中的 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk job %1</source>
        <translation>批次任務 %1</translation>
    </message>
    <message>
        <source>The job could not run: %1</source>
        <translation>任務無法執行：%1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Canceled. The users not done are kept in the job&apos;s journal: the job can be resumed later.</source>
        <translation>已取消。未處理的使用者保留在任務日誌中：稍後可以繼續該任務。</translation>
    </message>
    <message>
        <source>Succeeded: %1. Failed: %2.</source>
        <translation>成功：%1。失敗：%2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
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
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users per second, time left: %2</source>
        <translation>每秒 %1 位使用者，剩餘時間：%2</translation>
    </message>
    <message>
        <source>Paused: the users under way finish, nothing new is sent until Resume.</source>
        <translation>已暫停：正在處理的使用者將完成，在繼續之前不會傳送新的請求。</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>執行中。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>無法將報告儲存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ConfirmSignUpDialog</name>
    <message>
        <source>Confirm the sign-up of %1 without the code the user was sent? The user can sign in with the password chosen at sign-up; email and phone number stay unverified.</source>
        <translation>要在不使用已傳送給使用者的驗證碼的情況下確認 %1 的註冊嗎？該使用者可使用註冊時設定的密碼登入；電子郵件和電話號碼將維持未驗證狀態。</translation>
    </message>
    <message>
        <source>&amp;Confirm Sign-up</source>
        <translation>確認註冊(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::CreateUserDialog</name>
    <message>
        <source>Send the invitation</source>
        <translation>傳送邀請</translation>
    </message>
    <message>
        <source>Send nothing (suppress)</source>
        <translation>不傳送任何內容 (suppress)</translation>
    </message>
    <message>
        <source>Send the invitation again (existing user)</source>
        <translation>再次傳送邀請（現有使用者）</translation>
    </message>
    <message>
        <source>C&amp;reate User</source>
        <translation>建立使用者(&amp;R)</translation>
    </message>
    <message>
        <source>empty: Cognito generates one and sends it</source>
        <translation>留空：由 Cognito 產生並傳送</translation>
    </message>
    <message>
        <source>&amp;Email or phone number:</source>
        <translation>電子郵件或電話號碼(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>電子郵件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>電話號碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are email addresses or phone numbers (+15551234567).</source>
        <translation>此使用者集區的使用者名稱為電子郵件地址或電話號碼 (+15551234567)。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are email addresses.</source>
        <translation>此使用者集區的使用者名稱為電子郵件地址。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are phone numbers (+15551234567).</source>
        <translation>此使用者集區的使用者名稱為電話號碼 (+15551234567)。</translation>
    </message>
    <message>
        <source>Choose how the invitation is delivered: email, SMS or both.</source>
        <translation>請選擇邀請的傳送方式：電子郵件、簡訊或兩者。</translation>
    </message>
    <message>
        <source>An invitation by email needs the email attribute.</source>
        <translation>透過電子郵件傳送邀請需要 email 屬性。</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the phone_number attribute.</source>
        <translation>透過簡訊傳送邀請需要 phone_number 屬性。</translation>
    </message>
    <message>
        <source>No invitation is sent: type or generate the temporary password, or nobody will know it.</source>
        <translation>不會傳送邀請：請輸入或產生臨時密碼，否則沒有人會知道該密碼。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::CsvCreateDialog</name>
    <message>
        <source>There is no connection.</source>
        <translation>沒有連線。</translation>
    </message>
    <message>
        <source>Create users from CSV</source>
        <translation>從 CSV 建立使用者</translation>
    </message>
    <message>
        <source>Creates one user per row of a CSV file in pool %1. The header names the columns: username, the pool&apos;s attributes (email, phone_number, custom:…) and optionally groups (several separated by ;). The whole file is checked against the pool first; nothing is created while a line is wrong.</source>
        <translation>依 CSV 檔案的每一列在使用者集區 %1 中建立一位使用者。標頭指定各欄的名稱：username、使用者集區的屬性（email、phone_number、custom:…）以及選用的 groups（多個群組以 ; 分隔）。系統會先根據使用者集區檢查整個檔案；只要有一行有誤，就不會建立任何使用者。</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>預覽(&amp;V)：</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>問題(&amp;B)：</translation>
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
        <translation>選項</translation>
    </message>
    <message>
        <source>&amp;Generate a temporary password for each user (to the pool&apos;s password policy)</source>
        <translation>為每位使用者產生臨時密碼（符合使用者集區的密碼政策）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Passwords file:</source>
        <translation>密碼檔案(&amp;P)：</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>選擇(&amp;O)…</translation>
    </message>
    <message>
        <source>The generated passwords are written to this file only (readable by you alone); an existing file is never overwritten. Without generated passwords Cognito makes the temporary passwords and sends them in the invitation.</source>
        <translation>產生的密碼只會寫入此檔案（僅您本人可讀）；現有檔案絕不會被覆寫。如果不產生密碼，Cognito 會建立臨時密碼並在邀請中傳送。</translation>
    </message>
    <message>
        <source>&amp;Invitation message:</source>
        <translation>邀請訊息(&amp;I)：</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Suppress it (send nothing)</source>
        <translation>不傳送 (suppress)</translation>
    </message>
    <message>
        <source>Also add every user &amp;to:</source>
        <translation>同時將每位使用者新增至(&amp;T)：</translation>
    </message>
    <message>
        <source>At most (requests per &amp;second):</source>
        <translation>上限（每秒請求數）(&amp;S)：</translation>
    </message>
    <message>
        <source>The quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>The operation&apos;s Cognito quota unless set; lowered on throttling either way.</source>
        <translation>未設定時使用該作業的 Cognito 配額；無論哪種情況，遇到節流時都會降低。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>選擇 CSV 檔案</translation>
    </message>
    <message>
        <source>Choose the passwords file</source>
        <translation>選擇密碼檔案</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>檔案預覽</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>問題（依行）</translation>
    </message>
    <message>
        <source>Groups every user is also added to</source>
        <translation>每位使用者還將被新增至的群組</translation>
    </message>
    <message>
        <source>Choose the users&apos; CSV file</source>
        <translation>選擇使用者的 CSV 檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Where the generated passwords go</source>
        <translation>產生的密碼的儲存位置</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Pro&amp;blems: none</source>
        <translation>問題(&amp;B)：無</translation>
    </message>
    <message numerus="yes">
        <source>Pro&amp;blems (%n):</source>
        <translation>
            <numerusform>問題（%n 個）(&amp;B)：</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool could not be read: %1</source>
        <translation>無法讀取使用者集區：%1</translation>
    </message>
    <message>
        <source>Choose the CSV file of the users to create.</source>
        <translation>請選擇要建立的使用者的 CSV 檔案。</translation>
    </message>
    <message>
        <source>Reading the pool&apos;s attributes and groups…</source>
        <translation>正在讀取使用者集區的屬性和群組…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be created until the file is fixed.</source>
        <translation>
            <numerusform>%n 個問題：在修正檔案之前無法建立任何使用者。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names no users.</source>
        <translation>檔案中沒有任何使用者。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), no problems. Choose the file the generated passwords go to.</source>
        <translation>
            <numerusform>%n 位使用者，沒有問題。請選擇產生的密碼要寫入的檔案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to create, no problems.</source>
        <translation>
            <numerusform>要建立 %n 位使用者，沒有問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation>預覽顯示前 %1 列。</translation>
    </message>
    <message>
        <source>%1 exists: the passwords file is never overwritten. Choose a new file.</source>
        <translation>%1 已存在：密碼檔案絕不會被覆寫。請選擇新檔案。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::FixturesDialog</name>
    <message>
        <source>There is no connection.</source>
        <translation>沒有連線。</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>測試使用者</translation>
    </message>
    <message>
        <source>Makes the test users of a fixtures file (YAML or JSON) exist in pool %1 as the file describes them: attributes, groups, enabled, a known password and TOTP. Check shows what would change for each user without writing anything; Apply does it. The passwords and TOTP secrets are kept in the keychain.</source>
        <translation>確保測試資料檔案（YAML 或 JSON）中的測試使用者依檔案描述存在於使用者集區 %1 中：屬性、群組、啟用狀態、已知密碼和 TOTP。「檢查」會顯示每位使用者將發生的變更，而不寫入任何內容；「套用」則執行這些變更。密碼和 TOTP 金鑰保存在鑰匙圈中。</translation>
    </message>
    <message>
        <source>Fixtures &amp;file:</source>
        <translation>測試資料檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>開啟檔案(&amp;O)…</translation>
    </message>
    <message>
        <source>App client for TOTP &amp;enrolment:</source>
        <translation>用於 TOTP 註冊的應用程式用戶端(&amp;E)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>TOTP enrolment signs in as the user: the app client must allow ADMIN_USER_PASSWORD_AUTH.</source>
        <translation>TOTP 註冊會以該使用者身分登入：應用程式用戶端必須允許 ADMIN_USER_PASSWORD_AUTH。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>計畫(&amp;P)：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>檢查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>套用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Open a fixtures file</source>
        <translation>開啟測試資料檔案</translation>
    </message>
    <message>
        <source>Plan and outcome for each test user</source>
        <translation>每位測試使用者的計畫和結果</translation>
    </message>
    <message>
        <source>Check what applying the file would change</source>
        <translation>檢查套用該檔案將帶來的變更</translation>
    </message>
    <message>
        <source>Apply the plan to the pool</source>
        <translation>將計畫套用至使用者集區</translation>
    </message>
    <message>
        <source>Stop the run under way</source>
        <translation>停止目前正在執行的作業</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Fixtures files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>測試資料檔案 (*.yaml *.yml *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>The file has a mistake, nothing can be applied: %1</source>
        <translation>檔案有錯誤，無法套用任何內容：%1</translation>
    </message>
    <message>
        <source>The file lists no users.</source>
        <translation>檔案中未列出任何使用者。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read. Check shows what applying the file would change.</source>
        <translation>
            <numerusform>已讀取 %n 位使用者。「檢查」會顯示套用該檔案將帶來的變更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>正在讀取使用者…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would change.</source>
        <translation>
            <numerusform>將變更 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be read.</source>
        <translation>
            <numerusform>無法讀取 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply test users</source>
        <translation>套用測試使用者</translation>
    </message>
    <message numerus="yes">
        <source>Apply the plan to pool %1? %n user(s) will be created or updated.</source>
        <translation>
            <numerusform>要將計畫套用至使用者集區 %1 嗎？將建立或更新 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the app client…</source>
        <translation>正在讀取應用程式用戶端…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在套用…</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已套用。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed: see the Outcome column.</source>
        <translation>
            <numerusform>%n 位使用者失敗：請參閱「結果」欄。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>無變更</translation>
    </message>
    <message>
        <source>attributes set: %1</source>
        <translation>設定屬性：%1</translation>
    </message>
    <message>
        <source>added to: %1</source>
        <translation>新增至群組：%1</translation>
    </message>
    <message>
        <source>removed from: %1</source>
        <translation>從群組中移除：%1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>password set (kept in the keychain)</source>
        <translation>設定密碼（保存在鑰匙圈中）</translation>
    </message>
    <message>
        <source>old TOTP turned off</source>
        <translation>關閉舊的 TOTP</translation>
    </message>
    <message>
        <source>TOTP enrolled (secret kept in the keychain)</source>
        <translation>註冊 TOTP（金鑰保存在鑰匙圈中）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
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
        <translation>開頭為</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message numerus="yes">
        <source>Loading… (%n loaded)</source>
        <translation>
            <numerusform>正在載入…（已載入 %n 筆）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded; scroll down for more.</source>
        <translation>
            <numerusform>已載入 %n 筆；向下捲動以載入更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>共 %n 筆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>無法載入：%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::LoginCheckDialog</name>
    <message>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>阻礙</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>Nothing blocks %1&apos;s sign-in.</source>
        <translation>沒有任何因素阻止 %1 登入。</translation>
    </message>
    <message>
        <source>%1 cannot sign in: fix the blockers below.</source>
        <translation>%1 無法登入：請修正以下阻礙。</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>套用修正</translation>
    </message>
    <message>
        <source>%1

Do this now for %2?</source>
        <translation>%1

現在對 %2 執行此動作嗎？</translation>
    </message>
    <message>
        <source>(none: check the user and the pool only)</source>
        <translation>（無：僅檢查使用者和使用者集區）</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>密碼 (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Admin (ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理員 (ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Hosted UI</source>
        <translation>託管 UI</translation>
    </message>
    <message>
        <source>Why Can&apos;t %1 Sign In?</source>
        <translation>%1 為何無法登入？</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::MainWindow</name>
    <message>
        <source>User pools</source>
        <translation>使用者集區</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>App clients</source>
        <translation>應用程式用戶端</translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>匯入任務</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>權杖</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>沒有名為 %1 的設定檔。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Could not open the profile %1: %2</source>
        <translation>無法開啟設定檔 %1：%2</translation>
    </message>
    <message>
        <source>(command line and environment)</source>
        <translation>（命令列和環境變數）</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（無設定檔）</translation>
    </message>
    <message>
        <source>User pools — %1</source>
        <translation>使用者集區 — %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
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
        <translation>未連線</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>端點 %1</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>區域 %1</translation>
    </message>
    <message>
        <source>Credentials: not used yet</source>
        <translation>憑證：尚未使用</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>設定檔 %1 · %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <source>Connect with another saved profile</source>
        <translation>使用另一個已儲存的設定檔連線</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>%1清單</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>刪除 %n 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>刪除選取的列</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>啟用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>啟用 %n 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>啟用選取的使用者</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>停用 %n 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable the selected users</source>
        <translation>停用選取的使用者</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>設定 %1 的密碼</translation>
    </message>
    <message>
        <source>Confirm the sign-up of %1</source>
        <translation>確認 %1 的註冊</translation>
    </message>
    <message>
        <source>Answer the new-password challenge of %1</source>
        <translation>回應 %1 的新密碼挑戰</translation>
    </message>
    <message numerus="yes">
        <source>The bulk job %1 (%2 of %n user(s) in pool %3, started %4) was interrupted with %5 done. Finish it now? Every user not done yet is done once.</source>
        <translation>
            <numerusform>批次任務 %1（對使用者集區 %3 中的 %n 位使用者執行 %2，開始於 %4）在完成 %5 位後被中斷。要立即完成嗎？每位尚未處理的使用者只會處理一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume bulk job</source>
        <translation>繼續批次任務</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>新增至群組</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>從群組中移除</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected user(s) to the group:</source>
        <translation>
            <numerusform>將選取的 %n 位使用者新增至群組：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected user(s) from the group:</source>
        <translation>
            <numerusform>將選取的 %n 位使用者從群組中移除：</numerusform>
        </translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>設定屬性</translation>
    </message>
    <message>
        <source>The attribute and its value, as NAME=VALUE (for example custom:team=blue):</source>
        <translation>屬性及其值，格式為 NAME=VALUE（例如 custom:team=blue）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>&quot;%1&quot; 不是 NAME=VALUE 格式。</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>刪除屬性</translation>
    </message>
    <message>
        <source>The name of the attribute to delete (for example custom:team):</source>
        <translation>要刪除的屬性的名稱（例如 custom:team）：</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::NewPasswordDialog</name>
    <message>
        <source>No app client of this pool allows ALLOW_ADMIN_USER_PASSWORD_AUTH; enable it on one to walk users through their first sign-in.</source>
        <translation>此使用者集區中沒有允許 ALLOW_ADMIN_USER_PASSWORD_AUTH 的應用程式用戶端；請在其中一個用戶端上啟用，以引導使用者完成首次登入。</translation>
    </message>
    <message>
        <source>&amp;Set New Password</source>
        <translation>設定新密碼(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the user&apos;s temporary password.</source>
        <translation>請輸入該使用者的臨時密碼。</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>選擇應用程式用戶端…</translation>
    </message>
    <message>
        <source>Choose an app client.</source>
        <translation>請選擇應用程式用戶端。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::NewPasswordForm</name>
    <message>
        <source>Enter the new password.</source>
        <translation>請輸入新密碼。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::PasswordEdit</name>
    <message>
        <source>Copied to the clipboard. It is no longer shown here; paste it where it is needed before you copy anything else.</source>
        <translation>已複製到剪貼簿。此處不再顯示該密碼；請在複製其他內容之前，將其貼到需要的位置。</translation>
    </message>
    <message>
        <source>Generated. Copy it now: it is shown only until you copy it.</source>
        <translation>已產生。請立即複製：複製後將不再顯示。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>產生%1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ProfilesController</name>
    <message>
        <source>A profile name has letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>設定檔名稱只能包含字母、數字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Enter the secret access key: it is stored in the system keychain.</source>
        <translation>請輸入私密存取金鑰：它會儲存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未儲存任何內容。%1</translation>
    </message>
    <message>
        <source>The profile was removed, but its keychain entries were not: %1</source>
        <translation>設定檔已移除，但其鑰匙圈項目未移除：%1</translation>
    </message>
    <message>
        <source>Connected to %1: ListUserPools answered, signed with %2.</source>
        <translation>已連線到 %1：ListUserPools 已回應，以 %2 簽署。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ProfilesDialog</name>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>已儲存在鑰匙圈中；輸入以取代</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>無（公用用戶端）</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私密存取金鑰</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>名為 %1 的設定檔已存在。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>刪除設定檔</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its keychain entries?</source>
        <translation>要刪除設定檔 %1 及其鑰匙圈項目嗎？</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Choose an AWS profile…</source>
        <translation>選擇 AWS 設定檔…</translation>
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
        <translation>請輸入新使用者集區的名稱。</translation>
    </message>
    <message>
        <source>Select a pool in the window first, or restore into a new pool.</source>
        <translation>請先在視窗中選取一個使用者集區，或還原至新使用者集區。</translation>
    </message>
    <message>
        <source>Choose the file the generated passwords are written to.</source>
        <translation>請選擇要寫入產生的密碼的檔案。</translation>
    </message>
    <message>
        <source>%1 exists: the passwords file is never overwritten.</source>
        <translation>%1 已存在：密碼檔案絕不會被覆寫。</translation>
    </message>
    <message>
        <source>Passwords file</source>
        <translation>密碼檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1: pool %2 (%3), backed up %4, with %n user(s), %5 group(s) and %6 app client(s).</source>
        <translation>
            <numerusform>%1：使用者集區 %2 (%3)，備份於 %4，包含 %n 位使用者、%5 個群組和 %6 個應用程式用戶端。</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;selected pool (none is selected)</source>
        <translation>所選使用者集區（未選取任何使用者集區）(&amp;S)</translation>
    </message>
    <message>
        <source>The &amp;selected pool, %1 (users already in it are skipped)</source>
        <translation>所選使用者集區 %1（其中已有的使用者將被略過）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SavedSessions</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E)：</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>The profile whose endpoint&apos;s saved sessions are listed</source>
        <translation>列出所選設定檔之端點中已儲存的工作階段</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>應用程式用戶端</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>已儲存的工作階段</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>存取</translation>
    </message>
    <message>
        <source>Token to copy</source>
        <translation>要複製的權杖</translation>
    </message>
    <message>
        <source>Which token Copy fresh token copies</source>
        <translation>「複製新權杖」所複製的權杖</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the saved session</source>
        <translation>使用已儲存的工作階段</translation>
    </message>
    <message>
        <source>Copy &amp;fresh token</source>
        <translation>複製新權杖(&amp;F)</translation>
    </message>
    <message>
        <source>Copy a fresh token of the saved session</source>
        <translation>複製已儲存工作階段的新權杖</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>忘記(&amp;G)</translation>
    </message>
    <message>
        <source>Forget the saved session</source>
        <translation>忘記已儲存的工作階段</translation>
    </message>
    <message>
        <source>Sa&amp;ve session</source>
        <translation>儲存工作階段(&amp;V)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <source>Keep this sign-in in the keychain, where the CLI&apos;s token get USER finds it</source>
        <translation>將此登入保存在鑰匙圈中，CLI 的 token get USER 會在那裡找到它</translation>
    </message>
    <message>
        <source>Saved sessions status</source>
        <translation>已儲存工作階段的狀態</translation>
    </message>
    <message>
        <source>(this connection)</source>
        <translation>（此連線）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>已於 %1 到期</translation>
    </message>
    <message>
        <source>Could not load the session of %1: %2</source>
        <translation>無法載入 %1 的工作階段：%2</translation>
    </message>
    <message>
        <source>Showing the saved session of %1.</source>
        <translation>正在顯示 %1 的已儲存工作階段。</translation>
    </message>
    <message>
        <source>Getting a fresh token for %1...</source>
        <translation>正在取得 %1 的新權杖...</translation>
    </message>
    <message>
        <source>Getting a fresh token for %1 was canceled.</source>
        <translation>取得 %1 的新權杖已取消。</translation>
    </message>
    <message>
        <source>The session of %1 expires soon and could not be refreshed (sign in again): %2</source>
        <translation>%1 的工作階段即將到期，且無法重新整理（請重新登入）：%2</translation>
    </message>
    <message>
        <source>The session of %1 was refreshed but could not be saved: %2</source>
        <translation>%1 的工作階段已重新整理，但無法儲存：%2</translation>
    </message>
    <message>
        <source>The session of %1 has no ID token.</source>
        <translation>%1 的工作階段沒有 ID 權杖。</translation>
    </message>
    <message>
        <source>The session of %1 has no access token.</source>
        <translation>%1 的工作階段沒有存取權杖。</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 權杖</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <source>Refreshed the session of %1 and copied its %2.</source>
        <translation>已重新整理 %1 的工作階段並複製其%2。</translation>
    </message>
    <message>
        <source>Copied the %2 of %1.</source>
        <translation>已複製 %1 的%2。</translation>
    </message>
    <message>
        <source>Forget Session</source>
        <translation>忘記工作階段</translation>
    </message>
    <message>
        <source>Forget the saved session of %1 (app client %2)? Its tokens are removed from the keychain; the CLI cannot use it either.</source>
        <translation>要忘記 %1 的已儲存工作階段（應用程式用戶端 %2）嗎？其權杖將從鑰匙圈中移除；CLI 也將無法使用它。</translation>
    </message>
    <message>
        <source>Could not forget the session of %1: %2</source>
        <translation>無法忘記 %1 的工作階段：%2</translation>
    </message>
    <message>
        <source>Forgot the session of %1.</source>
        <translation>已忘記 %1 的工作階段。</translation>
    </message>
    <message>
        <source>Could not save the session of %1: %2</source>
        <translation>無法儲存 %1 的工作階段：%2</translation>
    </message>
    <message>
        <source>Saved the session of %1: the CLI&apos;s token get %1 --client-id %2 uses it.</source>
        <translation>已儲存 %1 的工作階段：CLI 的 token get %1 --client-id %2 會使用它。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SetPasswordDialog</name>
    <message>
        <source>&amp;Set Password</source>
        <translation>設定密碼(&amp;S)</translation>
    </message>
    <message>
        <source>Enter or generate a password.</source>
        <translation>請輸入或產生密碼。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SignUpDialog</name>
    <message>
        <source>%1 (with secret)</source>
        <translation>%1（含密碼）</translation>
    </message>
    <message>
        <source>This pool has no app client: create one first.</source>
        <translation>此使用者集區沒有應用程式用戶端：請先建立一個。</translation>
    </message>
    <message>
        <source>A new code was sent.</source>
        <translation>已傳送新的確認碼。</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign Up</source>
        <translation>註冊(&amp;S)</translation>
    </message>
    <message>
        <source>%1 is signed up. Enter the confirmation code the user received.</source>
        <translation>%1 已註冊。請輸入該使用者收到的確認碼。</translation>
    </message>
    <message>
        <source>%1 is signed up. A code was sent by %2 to %3; enter it here.</source>
        <translation>%1 已註冊。確認碼已透過 %2 傳送至 %3；請在此輸入。</translation>
    </message>
    <message>
        <source>Enter the confirmation code.</source>
        <translation>請輸入確認碼。</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>請輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Enter or generate the password.</source>
        <translation>請輸入或產生密碼。</translation>
    </message>
    <message>
        <source>Choose an app client.</source>
        <translation>請選擇應用程式用戶端。</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>選擇應用程式用戶端…</translation>
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
        <translation>已拒絕重新導向 URI 上的請求：%1</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>密碼 (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Admin (ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理員 (ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Hosted UI, code + PKCE</source>
        <translation>託管 UI，授權碼 + PKCE</translation>
    </message>
    <message>
        <source>Hosted UI, implicit grant</source>
        <translation>託管 UI，隱含授權</translation>
    </message>
    <message>
        <source>Token endpoint (HTTP Basic)</source>
        <translation>權杖端點 (HTTP Basic)</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 權杖</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在載入...</translation>
    </message>
    <message>
        <source>Public client.</source>
        <translation>公用用戶端。</translation>
    </message>
    <message>
        <source>Confidential client: SECRET_HASH is sent with every request.</source>
        <translation>機密用戶端：每個請求都會傳送 SECRET_HASH。</translation>
    </message>
    <message>
        <source>default flows (SRP, refresh, custom)</source>
        <translation>預設流程（SRP、重新整理、自訂）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 Flows: %2. Hosted-UI grants: %3.</source>
        <translation>%1流程：%2。託管 UI 授權類型：%3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password and has to choose a new one.</source>
        <translation>NEW_PASSWORD_REQUIRED：%1 以臨時密碼登入，必須設定新密碼。</translation>
    </message>
    <message>
        <source>SMS_MFA: enter the code sent to %1.</source>
        <translation>SMS_MFA：請輸入傳送至 %1 的驗證碼。</translation>
    </message>
    <message>
        <source>SOFTWARE_TOKEN_MFA: enter the code from the authenticator app.</source>
        <translation>SOFTWARE_TOKEN_MFA：請輸入驗證器應用程式中的驗證碼。</translation>
    </message>
    <message>
        <source>The service asks for %1, which the workbench cannot answer; use the CLI.</source>
        <translation>服務要求 %1，工作台無法回應此挑戰；請使用 CLI。</translation>
    </message>
    <message>
        <source>No ID token (the openid scope was not granted).</source>
        <translation>沒有 ID 權杖（未授予 openid 範圍）。</translation>
    </message>
    <message>
        <source>Checking the signature against the issuer&apos;s keys...</source>
        <translation>正在使用發行者的金鑰檢查簽章...</translation>
    </message>
    <message>
        <source>Valid: RS256 signature verified with the issuer&apos;s JWKS; iss, %1, token_use and exp check out.</source>
        <translation>有效：已使用發行者的 JWKS 驗證 RS256 簽章；iss、%1、token_use 和 exp 皆檢查通過。</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>無效（%1）</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未檢查：%1</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>將在 %1 後到期（到期時間 %2）。</translation>
    </message>
    <message>
        <source>Expired %1 ago (at %2).</source>
        <translation>已到期 %1（到期時間 %2）。</translation>
    </message>
    <message>
        <source>Headers take &apos;Name: value&apos;, one per line, not &quot;%1&quot;.</source>
        <translation>標頭的格式為「名稱: 值」，每行一個，而非「%1」。</translation>
    </message>
    <message>
        <source>Choose a sign-in method…</source>
        <translation>選擇登入方式…</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>選擇應用程式用戶端…</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>已儲存的工作階段</translation>
    </message>
    <message>
        <source>TOTP code:</source>
        <translation>TOTP 驗證碼：</translation>
    </message>
    <message>
        <source>Current TOTP code</source>
        <translation>目前的 TOTP 驗證碼</translation>
    </message>
    <message>
        <source>TOTP code seconds left</source>
        <translation>TOTP 驗證碼剩餘秒數</translation>
    </message>
    <message>
        <source>Copy c&amp;ode</source>
        <translation>複製驗證碼(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the TOTP code</source>
        <translation>複製 TOTP 驗證碼</translation>
    </message>
    <message>
        <source>&amp;Fill the current TOTP code</source>
        <translation>填入目前的 TOTP 驗證碼(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the current TOTP code</source>
        <translation>填入目前的 TOTP 驗證碼</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>剩餘 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::TokenWorkbenchController</name>
    <message>
        <source>Choose a user pool first.</source>
        <translation>請先選擇使用者集區。</translation>
    </message>
    <message>
        <source>Choose the app client to sign in with.</source>
        <translation>請選擇用來登入的應用程式用戶端。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Give the token endpoint&apos;s URL.</source>
        <translation>請提供權杖端點的 URL。</translation>
    </message>
    <message>
        <source>Signing in as %1...</source>
        <translation>正在以 %1 身分登入...</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser...</source>
        <translation>正在等待在瀏覽器中完成登入...</translation>
    </message>
    <message>
        <source>The pool has no hosted-UI domain: create one or name one in the profile.</source>
        <translation>該使用者集區沒有託管 UI 網域：請建立一個，或在設定檔中指定一個。</translation>
    </message>
    <message>
        <source>The app client has no loopback callback URL (such as http://localhost:53682/callback) to receive the sign-in on.</source>
        <translation>該應用程式用戶端沒有用來接收登入結果的回送回呼 URL（例如 http://localhost:53682/callback）。</translation>
    </message>
    <message>
        <source>Signing in as %1 at %2...</source>
        <translation>正在以 %1 身分在 %2 登入...</translation>
    </message>
    <message>
        <source>Setting the new password...</source>
        <translation>正在設定新密碼...</translation>
    </message>
    <message>
        <source>Checking the code...</source>
        <translation>正在檢查驗證碼...</translation>
    </message>
    <message>
        <source>Refreshing the tokens...</source>
        <translation>正在重新整理權杖...</translation>
    </message>
    <message>
        <source>Sign in first: there is no token to send.</source>
        <translation>請先登入：沒有可傳送的權杖。</translation>
    </message>
    <message>
        <source>Calling %1...</source>
        <translation>正在呼叫 %1...</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UserDetailPane</name>
    <message>
        <source>No user selected</source>
        <translation>未選取使用者</translation>
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
        <translation>已啟用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>選擇群組…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n users selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;已選取 %n 位使用者&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable, disable or delete them all with the actions below.</source>
        <translation>可使用下方的動作將其全部啟用、停用或刪除。</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>設定 %1 的密碼</translation>
    </message>
    <message>
        <source>Confirm the sign-up of %1</source>
        <translation>確認 %1 的註冊</translation>
    </message>
    <message>
        <source>Answer the new-password challenge of %1</source>
        <translation>回應 %1 的新密碼挑戰</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>啟用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>啟用 %n 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>停用 %n 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>刪除 %n 位使用者</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the chosen group</source>
        <translation>將 %1 新增至所選群組</translation>
    </message>
    <message>
        <source>Remove %1 from the selected groups</source>
        <translation>從選取的群組中移除 %1</translation>
    </message>
    <message>
        <source>Find out what stops %1 from signing in</source>
        <translation>找出阻止 %1 登入的原因</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UserFormsController</name>
    <message>
        <source>Canceled. A request that had already reached the service may still take effect.</source>
        <translation>已取消。已送達服務的請求仍可能生效。</translation>
    </message>
    <message>
        <source>Reading the pool&apos;s settings…</source>
        <translation>正在讀取使用者集區設定…</translation>
    </message>
    <message>
        <source>Listing the app clients…</source>
        <translation>正在列出應用程式用戶端…</translation>
    </message>
    <message>
        <source>Reading app client %1…</source>
        <translation>正在讀取應用程式用戶端 %1…</translation>
    </message>
    <message>
        <source>Creating user %1…</source>
        <translation>正在建立使用者 %1…</translation>
    </message>
    <message>
        <source>Setting the password of %1…</source>
        <translation>正在設定 %1 的密碼…</translation>
    </message>
    <message>
        <source>Confirming the sign-up of %1…</source>
        <translation>正在確認 %1 的註冊…</translation>
    </message>
    <message>
        <source>Signing up %1…</source>
        <translation>正在註冊 %1…</translation>
    </message>
    <message>
        <source>Sending a new code to %1…</source>
        <translation>正在傳送新的確認碼給 %1…</translation>
    </message>
    <message>
        <source>Signing in as %1 with the temporary password…</source>
        <translation>正在以 %1 身分使用臨時密碼登入…</translation>
    </message>
    <message>
        <source>The service asked for %1, not for a new password; answer it in the token workbench.</source>
        <translation>服務要求的是 %1，而不是新密碼；請在權杖工作台中回應。</translation>
    </message>
    <message>
        <source>The service signed the user in without asking for a new password: the password is not a temporary one.</source>
        <translation>服務未要求新密碼便讓使用者登入了：該密碼不是臨時密碼。</translation>
    </message>
    <message>
        <source>Sign in with the temporary password first.</source>
        <translation>請先使用臨時密碼登入。</translation>
    </message>
    <message>
        <source>Signing in again with the temporary password…</source>
        <translation>正在使用臨時密碼重新登入…</translation>
    </message>
    <message>
        <source>The service no longer asks this user for a new password.</source>
        <translation>服務不再要求該使用者設定新密碼。</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>正在設定新密碼…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UsersController</name>
    <message>
        <source>Updating %1 of %2…</source>
        <translation>正在更新 %2 的 %1…</translation>
    </message>
    <message>
        <source>Deleting attributes of %1…</source>
        <translation>正在刪除 %1 的屬性…</translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation>正在將 %1 新增至 %2…</translation>
    </message>
    <message>
        <source>Removing %1 from groups…</source>
        <translation>正在從群組中移除 %1…</translation>
    </message>
    <message>
        <source>Enable users</source>
        <translation>啟用使用者</translation>
    </message>
    <message>
        <source>Enable %1? They will be able to sign in again.</source>
        <translation>要啟用 %1 嗎？該使用者將可再次登入。</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users? They will be able to sign in again.</source>
        <translation>
            <numerusform>要啟用 %n 位使用者嗎？這些使用者將可再次登入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>停用使用者</translation>
    </message>
    <message>
        <source>Disable %1? They will not be able to sign in.</source>
        <translation>要停用 %1 嗎？該使用者將無法登入。</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users? They will not be able to sign in.</source>
        <translation>
            <numerusform>要停用 %n 位使用者嗎？這些使用者將無法登入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>刪除使用者</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>要刪除 %1 嗎？此動作無法復原。</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>刪除使用者</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? This cannot be undone. Type the number of users to confirm.</source>
        <translation>
            <numerusform>要刪除 %n 位使用者嗎？此動作無法復原。請輸入使用者數量以確認。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling users…</source>
        <translation>正在啟用使用者…</translation>
    </message>
    <message>
        <source>Disabling users…</source>
        <translation>正在停用使用者…</translation>
    </message>
    <message>
        <source>Deleting users…</source>
        <translation>正在刪除使用者…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Done (%n):</source>
        <translation>
            <numerusform>已完成（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n):</source>
        <translation>
            <numerusform>失敗（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not attempted, canceled (%n):</source>
        <translation>
            <numerusform>未嘗試，已取消（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>新增至群組</translation>
    </message>
    <message>
        <source>Add %1 to the group %2?</source>
        <translation>要將 %1 新增至群組 %2 嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Add %n users to the group %1?</source>
        <translation>
            <numerusform>要將 %n 位使用者新增至群組 %1 嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding users to %1…</source>
        <translation>正在將使用者新增至 %1…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>從群組中移除</translation>
    </message>
    <message>
        <source>Remove %1 from the group %2?</source>
        <translation>要將 %1 從群組 %2 中移除嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n users from the group %1?</source>
        <translation>
            <numerusform>要將 %n 位使用者從群組 %1 中移除嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing users from %1…</source>
        <translation>正在從 %1 中移除使用者…</translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>Reset the password of %1? They must choose a new one with a code sent to them before they can sign in.</source>
        <translation>要重設 %1 的密碼嗎？使用者必須先使用傳送給他們的驗證碼設定新密碼，然後才能登入。</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n users? They must choose a new one with a code sent to them before they can sign in.</source>
        <translation>
            <numerusform>要重設 %n 位使用者的密碼嗎？使用者必須先使用傳送給他們的驗證碼設定新密碼，然後才能登入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting passwords…</source>
        <translation>正在重設密碼…</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>從所有裝置登出</translation>
    </message>
    <message>
        <source>Sign %1 out of every device? Their refresh tokens stop working.</source>
        <translation>要將 %1 從所有裝置登出嗎？其重新整理權杖將失效。</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out of every device? Their refresh tokens stop working.</source>
        <translation>
            <numerusform>要將 %n 位使用者從所有裝置登出嗎？其重新整理權杖將失效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing users out…</source>
        <translation>正在登出使用者…</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>設定屬性</translation>
    </message>
    <message>
        <source>Set %1 for %2?</source>
        <translation>要為 %2 設定 %1 嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %n users?</source>
        <translation>
            <numerusform>要為 %n 位使用者設定 %1 嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1…</source>
        <translation>正在設定 %1…</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>刪除屬性</translation>
    </message>
    <message>
        <source>Delete the attribute %1 of %2?</source>
        <translation>要刪除 %2 的屬性 %1 嗎？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the attribute %1 of %n users?</source>
        <translation>
            <numerusform>要刪除 %n 位使用者的屬性 %1 嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在刪除 %1…</translation>
    </message>
    <message>
        <source>Another bulk job is running: start this one once it has ended.</source>
        <translation>另一個批次任務正在執行：請在其結束後再啟動此任務。</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>建立使用者</translation>
    </message>
    <message>
        <source>Another bulk job is running: create the users once it has ended.</source>
        <translation>另一個批次任務正在執行：請在其結束後再建立使用者。</translation>
    </message>
    <message>
        <source>Creating users…</source>
        <translation>正在建立使用者…</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>繼續任務</translation>
    </message>
    <message>
        <source>Resume job %1</source>
        <translation>繼續任務 %1</translation>
    </message>
    <message>
        <source>Resuming job %1…</source>
        <translation>正在繼續任務 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UsersMirror</name>
    <message>
        <source>Any group</source>
        <translation>任何群組</translation>
    </message>
    <message>
        <source>Refresh &amp;local copy</source>
        <translation>重新整理本機副本(&amp;L)</translation>
    </message>
    <message>
        <source>Sync &amp;local copy</source>
        <translation>同步本機副本(&amp;L)</translation>
    </message>
    <message>
        <source>No local copy of this pool: the list pages the server.</source>
        <translation>此使用者集區沒有本機副本：清單將從伺服器分頁取得。</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln users</source>
        <translation>
            <numerusform>%Ln 位使用者中的 %L1 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>不到一分鐘前</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小時前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Mirror from %1 (%2)</source>
        <translation>%1 的鏡像 (%2)</translation>
    </message>
    <message>
        <source>The local copy could not be updated (%1) and was removed; sync again.</source>
        <translation>無法更新本機副本 (%1)，已將其刪除；請重新同步。</translation>
    </message>
    <message>
        <source>%1 is not in the local copy</source>
        <translation>%1 不在本機副本中</translation>
    </message>
    <message>
        <source>Syncing the local copy of %1…</source>
        <translation>正在同步 %1 的本機副本…</translation>
    </message>
    <message>
        <source>Sync canceled; the local copy is as it was.</source>
        <translation>同步已取消；本機副本保持不變。</translation>
    </message>
    <message>
        <source>Sync failed (%1); the local copy is as it was.</source>
        <translation>同步失敗 (%1)；本機副本保持不變。</translation>
    </message>
    <message>
        <source>Forget local data</source>
        <translation>清除本機資料</translation>
    </message>
    <message>
        <source>Delete the local copy of the users of %1? Searching needs a new sync then.</source>
        <translation>要刪除 %1 使用者的本機副本嗎？之後需要重新同步才能搜尋。</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>無法刪除本機副本。</translation>
    </message>
    <message>
        <source>Search the local &amp;copy:</source>
        <translation>搜尋本機副本(&amp;C)：</translation>
    </message>
    <message>
        <source>Search the local copy</source>
        <translation>搜尋本機副本</translation>
    </message>
    <message>
        <source>Username or any attribute value; results as you type</source>
        <translation>使用者名稱或任何屬性值；輸入時即顯示結果</translation>
    </message>
    <message>
        <source>username or any attribute value</source>
        <translation>使用者名稱或任何屬性值</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>E&amp;nabled:</source>
        <translation>已啟用(&amp;N)：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>群組(&amp;G)：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>找到的使用者</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>本機副本</translation>
    </message>
    <message>
        <source>Sync local copy</source>
        <translation>同步本機副本</translation>
    </message>
    <message>
        <source>&amp;Forget local data</source>
        <translation>清除本機資料(&amp;F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>Enabled or not</source>
        <translation>無論是否啟用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
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
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>網路錯誤：%1</translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation>未及時回應：%1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>非預期的回應：%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::BulkRunDialog</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed: %1 of %2. Succeeded: %3.</source>
        <translation>失敗：%1 個（共 %2 個）。成功：%3 個。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ClientController</name>
    <message>
        <source>Creating app client %1…</source>
        <translation>正在建立應用程式用戶端 %1…</translation>
    </message>
    <message>
        <source>Describing app client %1…</source>
        <translation>正在取得應用程式用戶端 %1 的詳細資訊…</translation>
    </message>
    <message>
        <source>Saving app client %1…</source>
        <translation>正在儲存應用程式用戶端 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ClientDialog</name>
    <message>
        <source>Also allowed (kept as they are): %1</source>
        <translation>同時允許（維持不變）：%1</translation>
    </message>
    <message>
        <source>Enter the app client&apos;s name.</source>
        <translation>請輸入應用程式用戶端的名稱。</translation>
    </message>
    <message>
        <source>An app client name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>應用程式用戶端名稱由 1 到 128 個字母、數字、空格或 + = , . @ - 組成。</translation>
    </message>
    <message>
        <source>Callback URL %1 is not allowed: use https (http only for localhost), without a fragment.</source>
        <translation>不允許使用回呼 URL %1：請使用 https（僅 localhost 可使用 http），且不得包含片段。</translation>
    </message>
    <message>
        <source>Sign-out URL %1 is not allowed: use https (http only for localhost), without a fragment.</source>
        <translation>不允許使用登出 URL %1：請使用 https（僅 localhost 可使用 http），且不得包含片段。</translation>
    </message>
    <message>
        <source>The client credentials flow cannot be combined with the code or implicit grant.</source>
        <translation>用戶端憑證流程不能與授權碼或隱含授權同時使用。</translation>
    </message>
    <message>
        <source>The client credentials flow needs a client secret.</source>
        <translation>用戶端憑證流程需要用戶端密碼。</translation>
    </message>
    <message>
        <source>OAuth flows need at least one callback URL.</source>
        <translation>OAuth 流程至少需要一個回呼 URL。</translation>
    </message>
    <message>
        <source>OAuth flows need at least one scope.</source>
        <translation>OAuth 流程至少需要一個範圍。</translation>
    </message>
    <message>
        <source>OAuth flows need an identity provider (Cognito user pool).</source>
        <translation>OAuth 流程需要一個身分提供者（Cognito 使用者集區）。</translation>
    </message>
    <message>
        <source>Allow at least one authentication flow.</source>
        <translation>請至少允許一種身分驗證流程。</translation>
    </message>
    <message>
        <source>New app client</source>
        <translation>新增應用程式用戶端</translation>
    </message>
    <message>
        <source>App client %1</source>
        <translation>應用程式用戶端 %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::Controller</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>作業已取消。</translation>
    </message>
    <message>
        <source>Not tried: the run was canceled.</source>
        <translation>未嘗試：執行已取消。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::CreateGroupDialog</name>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>請輸入群組名稱。</translation>
    </message>
    <message>
        <source>A group name is 1 to 128 letters, digits or punctuation, without spaces.</source>
        <translation>群組名稱由 1 到 128 個字母、數字或標點符號組成，不得包含空格。</translation>
    </message>
    <message>
        <source>The role must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME).</source>
        <translation>角色必須是 IAM 角色 ARN (arn:aws:iam::ACCOUNT:role/NAME)。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::DomainController</name>
    <message>
        <source>Checking domain %1…</source>
        <translation>正在檢查網域 %1…</translation>
    </message>
    <message>
        <source>Domain %1 is %2; checking again shortly…</source>
        <translation>網域 %1 的狀態為 %2；稍後將再次檢查…</translation>
    </message>
    <message>
        <source>Creating domain %1…</source>
        <translation>正在建立網域 %1…</translation>
    </message>
    <message>
        <source>Deleting domain %1…</source>
        <translation>正在刪除網域 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::GroupController</name>
    <message>
        <source>Creating group %1…</source>
        <translation>正在建立群組 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::GroupMembersDialog</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Adding members: %1 of %2…</source>
        <translation>正在新增成員：%1/%2…</translation>
    </message>
    <message>
        <source>Removing members: %1 of %2…</source>
        <translation>正在移除成員：%1/%2…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed: %1 of %2 (listed above). Succeeded: %3.</source>
        <translation>失敗：%1 個（共 %2 個，見上方清單）。成功：%3 個。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s).</source>
        <translation>
            <numerusform>已新增 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n user(s).</source>
        <translation>
            <numerusform>已移除 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在載入成員…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n 位成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded; scroll for more.</source>
        <translation>
            <numerusform>已載入 %n 位成員；捲動以載入更多。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportController</name>
    <message>
        <source>Reading the pool&apos;s CSV header…</source>
        <translation>正在讀取使用者集區的 CSV 標頭…</translation>
    </message>
    <message>
        <source>Creating import job %1…</source>
        <translation>正在建立匯入任務 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Uploading the CSV file (%n byte(s))…</source>
        <translation>
            <numerusform>正在上傳 CSV 檔案（%n 位元組）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting import job %1…</source>
        <translation>正在啟動匯入任務 %1…</translation>
    </message>
    <message>
        <source>Stopping import job %1…</source>
        <translation>正在停止匯入任務 %1…</translation>
    </message>
    <message>
        <source>Import job %1: %2</source>
        <translation>匯入任務 %1：%2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportRoleController</name>
    <message>
        <source>Finding or creating the role %1…</source>
        <translation>正在尋找或建立角色 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportWizard</name>
    <message>
        <source>Import users into %1</source>
        <translation>將使用者匯入 %1</translation>
    </message>
    <message>
        <source>Required columns: %1.</source>
        <translation>必要欄位：%1。</translation>
    </message>
    <message>
        <source>Save the CSV header</source>
        <translation>儲存 CSV 標頭</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. Add one line per user and pick the file on the next page.</source>
        <translation>已儲存至 %1。請為每位使用者新增一行，然後在下一頁選取該檔案。</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>選擇要匯入的 CSV 檔案</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than the 100 MB an import job takes.</source>
        <translation>檔案超過匯入任務可接受的 100 MB 上限。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to import; the columns match the pool&apos;s header.</source>
        <translation>
            <numerusform>要匯入 %n 位使用者；各欄位與使用者集區的標頭相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>A job name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>任務名稱由 1 到 128 個字母、數字、空格或 + = , . @ - 組成。</translation>
    </message>
    <message>
        <source>Enter the ARN of the role that lets Cognito write the job&apos;s CloudWatch logs.</source>
        <translation>請輸入允許 Cognito 寫入該任務 CloudWatch 日誌之角色的 ARN。</translation>
    </message>
    <message>
        <source>%1 is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).</source>
        <translation>%1 不是 IAM 角色 ARN (arn:aws:iam::123456789012:role/NAME)。</translation>
    </message>
    <message numerus="yes">
        <source>The import finished: %n user(s) imported.</source>
        <translation>
            <numerusform>匯入已完成：已匯入 %n 位使用者。</numerusform>
        </translation>
    </message>
    <message>
        <source>The job ended %1: %2</source>
        <translation>任務已結束，狀態為 %1：%2</translation>
    </message>
    <message>
        <source>Created for this import (with its CloudWatch Logs policy).</source>
        <translation>已為此次匯入建立（附帶其 CloudWatch Logs 政策）。</translation>
    </message>
    <message>
        <source>The role was there already, trusted by Cognito.</source>
        <translation>該角色已存在，並受 Cognito 信任。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::OperationStatus</name>
    <message>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolCompareDialog</name>
    <message>
        <source>The profile %1 is gone.</source>
        <translation>設定檔 %1 已不存在。</translation>
    </message>
    <message>
        <source>Opening the profile %1…</source>
        <translation>正在開啟設定檔 %1…</translation>
    </message>
    <message>
        <source>Listing the pools…</source>
        <translation>正在列出使用者集區…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose pool B, then Compare.</source>
        <translation>請選擇使用者集區 B，然後按一下「比較」。</translation>
    </message>
    <message>
        <source>Choose pool B first.</source>
        <translation>請先選擇使用者集區 B。</translation>
    </message>
    <message>
        <source>Reading both pools…</source>
        <translation>正在讀取兩個使用者集區…</translation>
    </message>
    <message>
        <source>Pool A: %1</source>
        <translation>使用者集區 A：%1</translation>
    </message>
    <message>
        <source>Pool B: %1</source>
        <translation>使用者集區 B：%1</translation>
    </message>
    <message>
        <source>%1 and %2 are configured alike.</source>
        <translation>%1 和 %2 的組態相同。</translation>
    </message>
    <message>
        <source>Settings that differ between %1 (A) and %2 (B): %3.</source>
        <translation>%1 (A) 與 %2 (B) 之間不同的設定：%3。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Pool A: %1. Only the settings that differ are listed; ids, dates and the account in ARNs are left out.</source>
        <translation>使用者集區 A：%1。僅列出不同的設定；ID、日期和 ARN 中的帳戶均不包括在內。</translation>
    </message>
    <message>
        <source>Pool A: %1 (profile %2). Only the settings that differ are listed; ids, dates and the account in ARNs are left out.</source>
        <translation>使用者集區 A：%1（設定檔 %2）。僅列出不同的設定；ID、日期和 ARN 中的帳戶均不包括在內。</translation>
    </message>
    <message>
        <source>Pool A&apos;s connection</source>
        <translation>使用者集區 A 的連線</translation>
    </message>
    <message>
        <source>%1 (pool A&apos;s profile)</source>
        <translation>%1（使用者集區 A 的設定檔）</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolController</name>
    <message>
        <source>Creating user pool %1…</source>
        <translation>正在建立使用者集區 %1…</translation>
    </message>
    <message>
        <source>Describing user pool %1…</source>
        <translation>正在取得使用者集區 %1 的詳細資訊…</translation>
    </message>
    <message>
        <source>Saving the settings of user pool %1…</source>
        <translation>正在儲存使用者集區 %1 的設定…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolDialog</name>
    <message>
        <source>User pool %1</source>
        <translation>使用者集區 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Domain deleted.</source>
        <translation>網域已刪除。</translation>
    </message>
    <message>
        <source>Domain %1 is %2.</source>
        <translation>網域 %1 的狀態為 %2。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Username is the %1</source>
        <translation>使用者名稱為 %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation>大寫字母</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>小寫字母</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>符號</translation>
    </message>
    <message>
        <source>At least %1 characters; %2; temporary passwords valid %3 days</source>
        <translation>至少 %1 個字元；%2；臨時密碼有效期限為 %3 天</translation>
    </message>
    <message>
        <source>no character classes required</source>
        <translation>不要求特定字元類型</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Cognito&apos;s own mailer</source>
        <translation>Cognito 內建的郵件傳送功能</translation>
    </message>
    <message>
        <source>%1 — %2 (https://%3)</source>
        <translation>%1 — %2 (https://%3)</translation>
    </message>
    <message>
        <source>Point a DNS alias for %1 at %2.</source>
        <translation>請為 %1 建立指向 %2 的 DNS 別名。</translation>
    </message>
    <message>
        <source>Enter a domain prefix (my-app) or a custom domain (auth.example.com).</source>
        <translation>請輸入網域字首 (my-app) 或自訂網域 (auth.example.com)。</translation>
    </message>
    <message>
        <source>%1 is not a host name (lowercase letters, digits, hyphens and dots).</source>
        <translation>%1 不是有效的主機名稱（只能包含小寫字母、數字、連字號和點）。</translation>
    </message>
    <message>
        <source>A custom domain needs the ARN of its ACM certificate in us-east-1.</source>
        <translation>自訂網域需要其位於 us-east-1 之 ACM 憑證的 ARN。</translation>
    </message>
    <message>
        <source>A domain prefix is 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.</source>
        <translation>網域字首由 1 到 63 個小寫字母、數字和連字號組成，且不得以連字號開頭或結尾。</translation>
    </message>
    <message>
        <source>A domain prefix cannot contain aws, amazon or cognito.</source>
        <translation>網域字首不得包含 aws、amazon 或 cognito。</translation>
    </message>
    <message>
        <source>A certificate is only for a custom domain (one with dots).</source>
        <translation>憑證僅適用於自訂網域（包含點的網域）。</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>刪除網域</translation>
    </message>
    <message>
        <source>Delete the hosted-UI domain %1? Sign-in pages on it stop working.</source>
        <translation>要刪除託管 UI 網域 %1 嗎？該網域上的登入頁面將停止運作。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolSettingsDialog</name>
    <message>
        <source>Settings of user pool %1</source>
        <translation>使用者集區 %1 的設定</translation>
    </message>
    <message>
        <source>Set when a pool is created; it cannot change.</source>
        <translation>在建立使用者集區時設定，之後無法變更。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the pool&apos;s name.</source>
        <translation>請輸入使用者集區名稱。</translation>
    </message>
    <message>
        <source>A pool name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>使用者集區名稱由 1 到 128 個字母、數字、空格或 + = , . @ - 組成。</translation>
    </message>
    <message>
        <source>Sending through Amazon SES needs the ARN of a verified SES identity.</source>
        <translation>透過 Amazon SES 傳送需要已驗證 SES 身分的 ARN。</translation>
    </message>
    <message>
        <source>The From address is not an email address.</source>
        <translation>寄件者地址不是有效的電子郵件地址。</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address.</source>
        <translation>回覆地址不是有效的電子郵件地址。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::adminforms</name>
    <message>
        <source>Delete user pools</source>
        <translation>刪除使用者集區</translation>
    </message>
    <message>
        <source>Delete %1 user pools with all their users, groups and app clients? This cannot be undone. Type %1 to confirm.</source>
        <translation>要刪除 %1 個使用者集區及其所有使用者、群組和應用程式用戶端嗎？此動作無法復原。請輸入 %1 以確認。</translation>
    </message>
    <message>
        <source>Deleting %1 user pools…</source>
        <translation>正在刪除 %1 個使用者集區…</translation>
    </message>
    <message>
        <source>Delete user pool</source>
        <translation>刪除使用者集區</translation>
    </message>
    <message>
        <source>Deleting user pool %1…</source>
        <translation>正在刪除使用者集區 %1…</translation>
    </message>
    <message>
        <source>Delete user pool %1 (%2) with all its users, groups and app clients? This cannot be undone. Type the pool&apos;s name to confirm.</source>
        <translation>要刪除使用者集區 %1 (%2) 及其所有使用者、群組和應用程式用戶端嗎？此動作無法復原。請輸入該使用者集區的名稱以確認。</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>刪除群組</translation>
    </message>
    <message>
        <source>Delete group %1 of %2? Its members stay in the pool.</source>
        <translation>要刪除 %2 中的群組 %1 嗎？其成員仍會保留在使用者集區中。</translation>
    </message>
    <message>
        <source>Delete %1 groups of %2? Their members stay in the pool. Type %1 to confirm.</source>
        <translation>要刪除 %2 中的 %1 個群組嗎？其成員仍會保留在使用者集區中。請輸入 %1 以確認。</translation>
    </message>
    <message>
        <source>Deleting %1 group(s)…</source>
        <translation>正在刪除 %1 個群組…</translation>
    </message>
    <message>
        <source>Delete app clients</source>
        <translation>刪除應用程式用戶端</translation>
    </message>
    <message>
        <source>Delete app client %1 of %2? Applications using it can no longer sign in.</source>
        <translation>要刪除 %2 中的應用程式用戶端 %1 嗎？使用它的應用程式將無法再登入。</translation>
    </message>
    <message>
        <source>Delete %1 app clients of %2? Applications using them can no longer sign in. Type %1 to confirm.</source>
        <translation>要刪除 %2 中的 %1 個應用程式用戶端嗎？使用它們的應用程式將無法再登入。請輸入 %1 以確認。</translation>
    </message>
    <message>
        <source>Deleting %1 app client(s)…</source>
        <translation>正在刪除 %1 個應用程式用戶端…</translation>
    </message>
</context>
<context>
    <name>cdesk::models</name>
    <message>
        <source>Attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>使用者集區 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>用戶端 ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任務 ID</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>連線已關閉。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Administer AWS Cognito user pools.</source>
        <translation>管理 AWS Cognito 使用者集區。</translation>
    </message>
    <message>
        <source>Cognito endpoint override, e.g. http://127.0.0.1:9229.</source>
        <translation>Cognito 端點覆寫，例如 http://127.0.0.1:9229。</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS 區域。</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once loaded, then exit.</source>
        <translation>主視窗載入完成後將其擷圖寫入 PNG 檔案，然後結束。</translation>
    </message>
    <message>
        <source>Open this saved profile instead of the last used one.</source>
        <translation>開啟此已儲存的設定檔，而不是上次使用的設定檔。</translation>
    </message>
</context>
</TS>
