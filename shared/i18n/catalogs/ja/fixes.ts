/**
 * ja texts: namespace `fixes` (です/ます; Apple's Japanese terms: shared/i18n/glossary/ja.ts).
 * Pane and menu paths as on a Japanese Mac (Macユーザガイド, support.apple.com/ja-jp/guide/mac-help).
 */
import type { Translated } from '../en';
import type { fixes as en } from '../en/fixes';

export const fixes: Translated<typeof en> = {
  'fixes.app.keychain-access': 'キーチェーンアクセス',
  'fixes.app.terminal': 'ターミナル',
  'fixes.plan.affected.push': 'プッシュ通知',
  'fixes.plan.affected.captive-portal': 'Wi-Fiログインページのチェック',
  'fixes.plan.affected.dns': 'DNSのチェック',
  'fixes.plan.affected.clock': '時計のチェック',
  'fixes.plan.affected.apple-status': 'Appleのシステム状況ページ',
  'fixes.plan.also-affected':
    'ほかに影響を受けているもの: {list}。{count, plural, other {}}{family, select, dns {DNSが機能すれば} tcp {このネットワークがAppleのサーバへの通信を通すようになれば} proxy {プロキシが機能すれば} net {このMacがオンラインになれば} captive {このWi-Fiにログインすれば} other {この問題が解決すれば}}再び機能するはずです。',
  'fixes.plan.count.problems': '{n, plural, other {#件の問題}}',
  'fixes.plan.count.affected': '{problems, plural, =1 {その影響で} other {最初の問題の影響で}}{n, plural, other {ほかの#件のチェックが完了できませんでした}}',
  'fixes.plan.count.could-not-run': '{n, plural, other {#件のチェックを実行できませんでした}}',
  'fixes.card.network-offline.title': 'このMacをオンラインに戻す',
  'fixes.card.network-offline.why': 'ネットワーク接続が機能していないと、このMacはAppleにまったく接続できません。',
  'fixes.card.network-offline.step0':
    'Wi-Fiがオンでネットワークに接続されているか、Ethernetケーブルが差し込まれているかを確認します（システム設定 › Wi-Fi、またはシステム設定 › ネットワーク）。',
  'fixes.action.open-wi-fi-settings': 'Wi-Fi設定を開く',
  'fixes.card.network-offline.step1':
    'ブラウザで任意のWebサイトを開きます。何も読み込まれない場合は、ルーターまたはモデムを再起動し、ランプが落ち着くまで待ちます。',
  'fixes.card.network-offline.step2':
    'まだオフラインの場合は、別のネットワーク（たとえばiPhoneのインターネット共有）に接続して、このネットワークが原因かどうかを確認します。',
  'fixes.card.network-offline.step3': 'Macが接続されたら、もう一度チェックします。',
  'fixes.action.check-again': 'もう一度チェック',
  'fixes.card.captive-portal-login.title': 'このWi-Fiネットワークにログインする',
  'fixes.card.captive-portal-login.why':
    'ホテル、空港、カフェ、ゲスト用のネットワークでは、Webページで利用規約に同意するかログインするまで、すべての通信が止められます。それまではAppleへのサインインも通りません。',
  'fixes.card.captive-portal-login.step0':
    'Webブラウザを開いて http://captive.apple.com にアクセスします（httpsではなく、ただのhttp）。「Success」と表示されるページの代わりに、ネットワークのログインページまたは規約ページが表示されるはずです。',
  'fixes.card.captive-portal-login.step1': 'そのページでログインするか規約に同意し、数秒待ちます。',
  'fixes.card.captive-portal-login.step2':
    'ログインページが表示されない場合は、Wi-Fiをオフにしてからオンに戻すか、ネットワークの登録を解除してから接続し直します（システム設定 › Wi-Fi）。',
  'fixes.card.captive-portal-login.step3': 'または、別のネットワーク（たとえばiPhoneのインターネット共有）に接続します。',
  'fixes.card.captive-portal-login.step4': 'ログインしたら、もう一度チェックします。',
  'fixes.card.dns-server-failing.title': 'DNSサーバを直すか、別のものに替える',
  'fixes.card.dns-server-failing.why':
    'DNSはAppleのサーバ名をアドレスに変換します。DNSサーバが失敗したり、時間切れになったり、拒否したりすると、このMacはAppleのサインインサーバを見つけられません。',
  'fixes.card.dns-server-failing.step0': 'ルーターまたはモデムを再起動します。家庭でのDNSの問題の多くは、再起動が必要なルーターが原因です。',
  'fixes.card.dns-server-failing.step1':
    '別のネットワーク（たとえばiPhoneのインターネット共有）に接続して、もう一度チェックします。そちらで問題なければ、最初のネットワークのDNSサーバが原因です。',
  'fixes.action.check-dns-again': 'DNSをもう一度チェック',
  'fixes.card.dns-server-failing.step2':
    'このMacが使っているDNSサーバを確認します: システム設定 › ネットワーク ›（お使いのWi-FiまたはEthernetサービス）› 詳細… › DNS。手動で追加して今は使っていないサーバを削除します。灰色の項目はルーターから配布されたもので、ここでは削除できません。',
  'fixes.action.open-network-settings': 'ネットワーク設定を開く',
  'fixes.card.dns-server-failing.step3':
    'DNS設定を変更したら、DNSキャッシュを消去します。このコマンドをコピーしてターミナルにペーストし、管理者パスワードを入力します。',
  'fixes.action.copy-dns-flush-command': 'DNSキャッシュ消去コマンドをコピー',
  'fixes.note.copy-dns-flush-command':
    'このMacが保存しているDNSの応答を消去し、問い合わせし直させます。ターミナルにペーストしてください。管理者パスワードを求められます。設定は何も変更しません。',
  'fixes.step.flush-dns-repair': 'または、このアプリにDNSキャッシュを消去させることもできます。最初にコマンドが表示され、macOSが管理者パスワードを求めます。',
  'fixes.card.dns-server-failing.step5':
    '職場や学校のネットワークでは、appleid.apple.com と idmsa.apple.com についてDNSサーバが失敗していることをネットワーク管理者に伝えます。',
  'fixes.step.check-again': 'もう一度チェックします。',
  'fixes.card.dns-filter-blocks-apple.title': 'DNSフィルタでAppleを許可する',
  'fixes.card.dns-filter-blocks-apple.why':
    'DNSフィルタ（広告ブロッカー、ペアレンタルコントロール、セキュリティDNS、Pi-hole、ルーターのフィルタ）が、Appleのサインインサーバについて偽のアドレスまたはプライベートアドレスを返しているため、サインインがどこにも届きません。',
  'fixes.card.dns-filter-blocks-apple.step0':
    '広告をブロックするDNSサービスやフィルタリングアプリを使っている場合は、一時停止するか、許可リストに apple.com、icloud.com、cdn-apple.com を追加します。',
  'fixes.card.dns-filter-blocks-apple.step1':
    'ルーターにペアレンタルコントロールや「セーフブラウジング」のフィルタがある場合は、Appleをブロックしていないか確認します。',
  'fixes.card.dns-filter-blocks-apple.step2':
    'このMacのコンテンツフィルタ、ペアレンタルコントロール、「Web保護」アプリを一時停止または終了します。macOS 15以降では、システム設定 › 一般 › ログイン項目と機能拡張に、それらがインストールしたネットワーク機能拡張が表示されます。macOS 13〜14ではアプリ自体の設定を使います。',
  'fixes.action.open-login-items-extensions': '「ログイン項目と機能拡張」を開く',
  'fixes.card.dns-filter-blocks-apple.step3':
    '職場や学校のネットワークでは、Appleの企業ネットワークに関する記事に載っているAppleのホストを許可するようIT部門に依頼します。',
  'fixes.action.apple-hosts-and-ports': 'Appleのホストとポート',
  'fixes.card.dns-filter-blocks-apple.step4': 'フィルタを変更したら、DNSキャッシュを消去します（管理者パスワードが必要です）。',
  'fixes.card.dns-answers-tampered.title': '正しく応答するDNSサーバを使う',
  'fixes.card.dns-answers-tampered.why':
    'このネットワークのDNSサーバは、Appleのサインインサーバについて、Appleのものではない別のアドレスを返しています。そのため接続が間違った場所に向かいます。',
  'fixes.card.dns-answers-tampered.step0':
    '別のネットワーク（たとえばiPhoneのインターネット共有）に接続してもう一度チェックし、ネットワークが原因であることを確認します。',
  'fixes.card.dns-answers-tampered.step1':
    '自分のネットワークの場合: システム設定 › ネットワーク ›（サービス）› 詳細… › DNS、またはルーターで、DNSサーバをプロバイダのものか、よく知られた公開DNSサービスに置き換えます。ローカルの名前が使えなくなったら、あとで元に戻します。',
  'fixes.card.dns-answers-tampered.step2': 'DNSサーバを変更したら、DNSキャッシュを消去します（管理者パスワードが必要です）。',
  'fixes.card.dns-answers-tampered.step4':
    '職場、学校、公共のネットワークではDNSを変更しないでください。appleid.apple.com についての誤った応答をネットワーク管理者に報告します。',
  'fixes.card.network-blocks-apple.title': 'このネットワークのブロックを回避する',
  'fixes.card.network-blocks-apple.why':
    'このMacとAppleの間にある何か（ファイアウォール、フィルタ、セキュリティアプリ、またはネットワーク自体）が、Appleのサインインサーバへの接続をブロックまたは切断しています。',
  'fixes.card.network-blocks-apple.step0':
    '別のネットワーク（たとえばiPhoneのインターネット共有）に接続して、もう一度チェックします。そちらで問題なければ、このネットワークがAppleをブロックしています。',
  'fixes.card.network-blocks-apple.step1': 'VPN、プロキシ、広告ブロック、「Web保護」のアプリを一時的にオフにしてから、もう一度チェックします。',
  'fixes.card.network-blocks-apple.step2': '自宅のネットワークであれば、ルーターまたはモデムを再起動します。',
  'fixes.card.network-blocks-apple.step3':
    '職場、学校、公共のネットワークでは、Apple（17.0.0.0/8 と、Appleの企業ネットワークに関する記事に載っているホスト）への送信HTTPS（TCP 443）を許可するようネットワーク管理者に依頼します。',
  'fixes.card.proxy-leftover.title': '使っていないプロキシをオフにする',
  'fixes.card.proxy-leftover.why':
    'このMacは、機能していないプロキシにWeb通信を送っています。アンインストールしたVPN、プロキシ、「プライバシー」アプリがこの設定を残していくことがよくあります。',
  'fixes.card.proxy-leftover.step0':
    '応答しないプロキシを、設定されているネットワークサービスでこのアプリにオフにさせます。最初にコマンドが表示され、macOSが管理者パスワードを求めます。あとで元に戻すこともできます。',
  'fixes.card.proxy-leftover.step1':
    'または自分で行います: システム設定 › ネットワーク ›（お使いのWi-FiまたはEthernetサービス）› 詳細… › プロキシ を開きます。',
  'fixes.card.proxy-leftover.step2':
    '見覚えのないプロキシや使っていないプロキシ（Webプロキシ、保護されたWebプロキシ、SOCKSプロキシ、自動プロキシ構成）をすべてオフにして、「OK」をクリックします。',
  'fixes.card.proxy-leftover.step3': '使っているすべてのネットワークサービスで同じ操作をします（Wi-FiとEthernetにはそれぞれ別のプロキシ設定があります）。',
  'fixes.card.proxy-leftover.step4':
    'プロキシ設定が灰色で変更できない、または元に戻ってしまう場合は、構成プロファイルが設定しています。このMacは管理されているので、変更せずにIT部門に問い合わせてください。',
  'fixes.card.proxy-leftover.step5':
    'プロキシアプリがまだインストールされていて使っている場合は、アプリを開いて動作していることを確認するか、終了してプロキシ設定を削除させます。',
  'fixes.card.proxy-sign-in.title': 'プロキシがログインを求めている',
  'fixes.card.proxy-sign-in.why':
    'このMacが使っているプロキシは、ユーザ名とパスワードを求めています。Appleアカウントへのサインインを含むmacOSのバックグラウンドサービスは、この要求に必ずしも応答できません。',
  'fixes.card.proxy-sign-in.step0':
    '職場や学校のプロキシであれば、Appleの企業ネットワークに関する記事に載っているAppleのホストについて、Appleのサービスがプロキシ認証を迂回できるかIT部門に確認します。',
  'fixes.card.proxy-sign-in.step1':
    'プロキシが設定されている理由がわからない場合は、システム設定 › ネットワーク ›（お使いのWi-FiまたはEthernetサービス）› 詳細… › プロキシ でオフにします。',
  'fixes.card.proxy-not-working.title': 'プロキシがAppleに接続できない',
  'fixes.card.proxy-not-working.why': 'このMacが使っているプロキシは動作していますが、Appleへの接続を求められると失敗するか止まってしまいます。',
  'fixes.card.proxy-not-working.step0':
    'このネットワークでプロキシが不要な場合は、システム設定 › ネットワーク ›（お使いのWi-FiまたはEthernetサービス）› 詳細… › プロキシ でオフにします。',
  'fixes.card.proxy-not-working.step1': 'プロキシアプリ（VPN、プライバシーツール、開発ツール）が設定した場合は、そのアプリを再起動するか終了します。',
  'fixes.card.proxy-not-working.step2':
    '管理されたMacや会社のネットワークでは、Appleの企業ネットワークに関する記事に載っているAppleのホストに、HTTPSインスペクションなしでプロキシが接続できるようIT部門に依頼します。',
  'fixes.card.proxy-pac-unavailable.title': '自動プロキシスクリプトを利用できない',
  'fixes.card.proxy-pac-unavailable.why':
    'このMacはプロキシ構成スクリプト（PACファイル）を取得するよう設定されていますが、スクリプトを読み込めませんでした。スクリプトがないと、接続がどこにも届かないことがあります。',
  'fixes.card.proxy-pac-unavailable.step0':
    'システム設定 › ネットワーク ›（お使いのWi-FiまたはEthernetサービス）› 詳細… › プロキシ を開き、「自動プロキシ構成」を確認します。',
  'fixes.card.proxy-pac-unavailable.step1':
    'このスクリプトを提供するネットワークにいない場合（たとえば会社のノートパソコンを自宅で使っている場合）は、外出中はオフにするか、先に会社のVPNに接続します。',
  'fixes.card.proxy-pac-unavailable.step2':
    '管理されたMacでは、この設定はIT部門によるものです。レポートに表示されているプロキシスクリプトのURLを読み込めなかったことを伝えてください。',
  'fixes.card.vpn-disconnect-test.title': 'VPNなしで試す',
  'fixes.card.vpn-disconnect-test.why':
    'VPNはApple宛ての通信を別のネットワーク経由で送ります。一部のVPNサーバはAppleによってブロック、低速化、またはフラグ付けされており、VPNがオンのときだけサインインに失敗します。',
  'fixes.card.vpn-disconnect-test.step0': 'VPNをそのアプリ、またはシステム設定 › VPN で切断します（VPN構成はシステム設定 › ネットワーク にも表示されます）。',
  'fixes.action.open-vpn-settings': 'VPN設定を開く',
  'fixes.card.vpn-disconnect-test.step1': 'VPNをオフにした状態でAppleアカウントにサインインし、そのあとVPNを接続し直します。',
  'fixes.card.vpn-disconnect-test.step2':
    'VPNがオンのときだけサインインに失敗する場合は、別のVPNサーバや地域を選ぶか、アプリのスプリットトンネル機能を使ってApple宛ての通信を直接送ります。',
  'fixes.card.vpn-disconnect-test.step3':
    '職場のVPNの場合は、Appleが自社サービスについて推奨しているとおり、Apple宛ての通信がトンネルを迂回できるかIT部門に確認します。',
  'fixes.card.vpn-split-dns.title': 'VPNがAppleのDNSを横取りしている',
  'fixes.card.vpn-split-dns.why':
    'VPNまたは構成プロファイルが、apple.com についてVPN自身のDNSサーバに問い合わせるようこのMacに指示しています。そのサーバがAppleについて応答できないと、サインインに失敗します。',
  'fixes.card.vpn-split-dns.step0': 'VPNを切断し、もう一度チェックして確認します。',
  'fixes.card.vpn-split-dns.step1': 'VPNをオフにした状態で、もう一度チェックします。',
  'fixes.card.vpn-split-dns.step2':
    '職場のVPNの場合: VPNのDNSドメインから apple.com を外すか、VPNのDNSサーバがAppleのホストに正しく応答するようIT部門に依頼します。apple.com を横取りしているリゾルバはレポートに記載されています。',
  'fixes.card.vpn-split-dns.step3': 'VPNを変更したら、DNSキャッシュを消去します（管理者パスワードが必要です）。',
  'fixes.card.proxy-app-fake-ip.title': 'プロキシアプリがDNSを横取りしている',
  'fixes.card.proxy-app-fake-ip.why':
    'プロキシまたはVPNアプリ（多くは「fake-IP」「拡張」「TUN」モード）が、DNSに代わりの 198.18.x.x アドレスで応答していますが、そのトンネルがApple宛ての通信を届けていません。',
  'fixes.card.proxy-app-fake-ip.step0': 'プロキシアプリを完全に終了するか、システムプロキシ／拡張／TUNモードをオフにしてから、もう一度チェックします。',
  'fixes.card.proxy-app-fake-ip.step1':
    'アプリが必要な場合は、apple.com、icloud.com とそれらのサブドメインが直接接続されるルールを追加するか、現在のサーバが機能しているか確認します。',
  'fixes.card.proxy-app-fake-ip.step2': 'アプリを終了したら、DNSキャッシュを消去します（管理者パスワードが必要です）。',
  'fixes.card.push-ports-blocked.title': 'Appleプッシュ通知を通す',
  'fixes.card.push-ports-blocked.why':
    'Appleプッシュ通知は、サインインの承認依頼や確認コードをデバイスに届けます。AppleへのTCPポート5223の送信が必要で、ポート443は（Wi-Fiでの）予備にすぎません。',
  'fixes.card.push-ports-blocked.step0':
    '別のネットワーク（たとえばiPhoneのインターネット共有）に接続して、もう一度チェックします。ゲスト用や公共のWi-Fiはポート5223をブロックしていることがよくあります。',
  'fixes.card.push-ports-blocked.step1': 'VPNやファイアウォール、「ネットワーク保護」のアプリを一時的にオフにして、もう一度チェックします。',
  'fixes.card.push-ports-blocked.step2':
    'ネットワーク管理者向け: 17.0.0.0/8（Appleのネットワーク）へのTCP 5223と443の送信を許可してください。プロキシでポート443の予備経路を扱えるのは、通信を復号せずにそのまま通す場合だけです。',
  'fixes.action.apples-push-notification-ports': 'Appleのプッシュ通知用ポート',
  'fixes.card.tls-inspection-user.title': 'Apple宛て通信のHTTPSスキャンを止める',
  'fixes.card.tls-inspection-user.why':
    'セキュリティアプリまたは会社のプロキシが、Appleへの安全な接続を開いて検査しています。Appleはそのような検査を経由したサインインを拒否するため、Appleについては検査をオフにする必要があります。',
  'fixes.card.tls-inspection-user.step0':
    'ウイルス対策ソフトやインターネットセキュリティソフトを使っている場合は、それを開いて「HTTPSスキャン」「Web保護」「SSLフィルタリング」「暗号化された接続のスキャン」などのオプションをオフにし（または apple.com を除外し）、もう一度チェックします。',
  'fixes.card.tls-inspection-user.step1':
    '独自の証明書をインストールするペアレンタルコントロールや広告ブロックのアプリも同じことをします。一時停止してもう一度チェックします。',
  'fixes.card.tls-inspection-user.step2':
    '職場、学校、または管理されたMacでは、回避しようとしないでください。AppleのホストをSSL/HTTPSインスペクションの対象外にするようIT部門に依頼します（どの証明書発行元が接続を傍受したかはレポートに記載されています）。',
  'fixes.card.tls-inspection-user.step3':
    '確認のため、別のネットワーク（たとえばiPhoneのインターネット共有）に接続します。そちらでサインインできれば、検査はこのネットワークで行われています。',
  'fixes.card.tls-inspection-admin.title': 'AppleのホストをSSLインスペクションの対象外にする',
  'fixes.card.tls-inspection-admin.why':
    'Appleは、HTTPS傍受（SSLインスペクション）を使う接続ではAppleのサービスがすべて失敗すると明言しています。プロキシやファイアウォールは、Apple宛ての通信に手を加えずに通す必要があります。',
  'fixes.card.tls-inspection-admin.step0':
    'Appleの記事「企業ネットワークでAppleデバイスを使う」を開き、記載されているAppleアカウント、iCloud、プッシュ、App Storeのすべてのホストを、SSL/HTTPSインスペクションの除外リストに追加します。',
  'fixes.action.open-apples-host-list': 'Appleのホスト一覧を開く',
  'fixes.card.tls-inspection-admin.step1':
    '少なくとも appleid.apple.com、appleid.cdn-apple.com、idmsa.apple.com、gsa.apple.com、*.push.apple.com、または 17.0.0.0/8 全体を除外します。',
  'fixes.card.tls-inspection-admin.step2':
    '可能であれば、これらのホストはプロキシ認証なしで通します。macOSのバックグラウンドサービスは、プロキシの認証情報を必ずしも提供できません。',
  'fixes.card.tls-inspection-admin.step3': 'ポリシーを適用したら、ユーザにもう一度チェックするよう依頼します。',
  'fixes.card.tls-certificate-problem.title': '証明書が受け入れられない',
  'fixes.card.tls-certificate-problem.why':
    '応答したサーバは、Appleの有効な証明書を提示しませんでした。このMacの時計がずれているか、ネットワーク上の何かがAppleになりすましています。',
  'fixes.card.tls-certificate-problem.step0':
    'まず、このMacの日付と時刻が正しいことを確認します（時計のカードを参照）。時計がずれていると、正しい証明書が期限切れやまだ有効でないように見えます。',
  'fixes.action.open-date-time': '「日付と時刻」を開く',
  'fixes.card.tls-certificate-problem.step1': '別のネットワーク（たとえばiPhoneのインターネット共有）に接続して、もう一度チェックします。',
  'fixes.card.tls-certificate-problem.step2':
    'このネットワークでだけ失敗する場合は、セキュリティアプリまたはネットワークが接続を傍受しています。HTTPSスキャンのカードを見るか、ネットワーク管理者に伝えてください。',
  'fixes.card.clock-set-automatically.title': '日付と時刻を自動的に設定する',
  'fixes.card.clock-set-automatically.why':
    '安全な接続や確認コードは、正しい時刻に依存しています。MacがAppleのタイムサーバから時計を自動的に合わせていれば、時刻は正しく保たれます。',
  'fixes.card.clock-set-automatically.step0': 'システム設定 › 一般 › 日付と時刻 を開きます。',
  'fixes.card.clock-set-automatically.step1':
    '「日付と時刻を自動的に設定」をオンにして、ソースが time.apple.com になっていることを確認します（管理者パスワードの入力が必要な場合があります）。',
  'fixes.card.clock-set-automatically.step2':
    'または、time.apple.com を使ってこのアプリにオンにさせることもできます。最初にコマンドが表示され、macOSが管理者パスワードを求めます。',
  'fixes.card.clock-set-automatically.step3': '「現在地に基づいて時間帯を自動的に設定」をオンにするか、正しい時間帯を手動で選びます。',
  'fixes.card.clock-step-now.title': '今すぐ時計を合わせる',
  'fixes.card.clock-step-now.why':
    '自動時刻設定がオンでも、大きくずれた時計が追いつくまでには時間がかかることがあります。Appleのタイムサーバからすぐに合わせることができます。',
  'fixes.step.make-sure-set-time-and-date': 'システム設定 › 一般 › 日付と時刻 で「日付と時刻を自動的に設定」がオンになっていることを確認します。',
  'fixes.card.clock-step-now.step1': '時計をすぐに合わせるには、このコマンドをコピーしてターミナルにペーストし、管理者パスワードを入力します。',
  'fixes.action.copy-clock-correction-command': '時計合わせコマンドをコピー',
  'fixes.note.copy-clock-correction-command':
    'Appleのタイムサーバ（time.apple.com）に時刻を問い合わせ、このMacの時計を一度だけ合わせます。管理者パスワードが必要です。設定は何も変更しません。',
  'fixes.card.clock-unverifiable.title': 'タイムサーバに接続できない',
  'fixes.card.clock-unverifiable.why':
    'このMacはAppleのタイムサーバに接続できなかったため、このネットワークでは時計を自動的に正しく保てません。時計がまだ正しいうちは問題ありません。',
  'fixes.card.clock-unverifiable.step0': 'メニューバーの時計と電話の時刻を比べます。数秒以内で一致していれば、今は何もする必要はありません。',
  'fixes.card.clock-unverifiable.step2': 'ネットワーク管理者向け: time.apple.com（Appleの時刻サービス）へのUDPポート123の送信を許可してください。',
  'fixes.card.clock-unverifiable.step3': '別のネットワークでもう一度チェックします。',
  'fixes.card.apple-outage-wait.title': 'Appleが修正するのを待つ',
  'fixes.card.apple-outage-wait.why':
    'サインインが依存しているサービスに問題があるとAppleが報告しています。このMacで直すことは何もなく、今設定を変えても新しい問題が増えるだけです。',
  'fixes.card.apple-outage-wait.step0': 'Appleのシステム状況ページを開き、影響を受けているサービスとAppleの最新情報を確認します。',
  'fixes.action.open-apple-system-status': 'Appleのシステム状況を開く',
  'fixes.card.apple-outage-wait.step1': '障害が続いている間は、パスワードのリセット、キーチェーン項目の削除、サインアウトをしないでください。',
  'fixes.card.apple-outage-wait.step2':
    'このアプリの設定で「Appleアカウントが復旧したら知らせる」をオンにすると、サインインが再び機能したときに通知を受け取れます。',
  'fixes.step.check-again-later': 'しばらくしてから、もう一度チェックします。',
  'fixes.card.apple-status-check-manually.title': 'Appleのシステム状況ページを自分で確認する',
  'fixes.card.apple-status-check-manually.why': 'このアプリはAppleのシステム状況を読み取れなかったため、Apple側の問題を自動的に除外できません。',
  'fixes.card.apple-status-check-manually.step0':
    'Appleのシステム状況ページを開き、「Appleアカウント」「iCloudアカウントとサインイン」「App Store」を確認します。',
  'fixes.card.apple-status-check-manually.step1': 'サービスに問題が表示されている場合は、Appleが解決するまで待ちます。',
  'fixes.card.apple-server-error.title': 'Appleのサーバに問題が起きている',
  'fixes.card.apple-server-error.why':
    'Appleのサインインサーバは応答しましたが、エラーを返したか、まったく応答しませんでした。通常は一時的なApple側の問題か、途中で通信を書き換えている何かが原因です。',
  'fixes.card.apple-server-error.step0': 'Appleのシステム状況ページで、問題が報告されていないか確認します。',
  'fixes.card.apple-server-error.step1': '数分待ってから、もう一度チェックします。',
  'fixes.card.apple-server-error.step2':
    'このネットワークでだけ失敗し続ける場合は、別のネットワーク（たとえばiPhoneのインターネット共有）を試します。プロキシやフィルタが干渉している可能性があります。',
  'fixes.card.apple-rate-limited.title': '試行回数が多すぎます。待ってください',
  'fixes.card.apple-rate-limited.why':
    'Appleのサーバがこのネットワークに速度を落とすよう求めました。サインインを何度も試したり、多くの人が1つのインターネットアドレスを共有していたり（オフィス、学校、VPN）すると起こります。',
  'fixes.card.apple-rate-limited.step0': 'しばらくサインインを試すのをやめます。試すたびに待ち時間が延びることがあります。',
  'fixes.card.apple-rate-limited.step1': 'VPNを使っている場合は切断します。VPNのアドレスは多くの人が共有しています。',
  'fixes.card.diagnostic-could-not-run.title': 'このチェックを実行できませんでした',
  'fixes.card.diagnostic-could-not-run.why':
    '診断の一部をこのMacで実行できませんでした。これはサインインについての判定ではなく、ほかのチェックの結果は引き続き有効です。',
  'fixes.card.diagnostic-could-not-run.step0': 'チェックをもう一度実行します。Macの負荷が高いと、ツールが時間切れになることがあります。',
  'fixes.card.diagnostic-could-not-run.step1': '失敗し続ける場合は、Macを再起動してもう一度チェックします。',
  'fixes.card.diagnostic-could-not-run.step2': 'それでも失敗する場合は、このアプリからレポートを書き出し、Appleサポートに問い合わせるときに添付します。',
  'fixes.action.contact-apple-support': 'Appleサポートに問い合わせる',
  'fixes.card.keychain-update-password.title': 'Appleアカウントの現在のパスワードを入力する',
  'fixes.card.keychain-update-password.why':
    'Appleアカウントのパスワードを別のデバイスで変更した場合、このMacにはまだ古いパスワードが残っていて、パスワードを求め続けることがあります。',
  'fixes.card.keychain-update-password.step0':
    'システム設定を開き、サイドバーの一番上にある自分の名前をクリックします（macOS 13〜14では「Apple ID」、macOS 15以降では「Appleアカウント」）。アカウント設定のアップデートやパスワードの入力を求められたら、現在のパスワードで行います。',
  'fixes.action.open-apple-account-settings': 'Appleアカウント設定を開く',
  'fixes.card.keychain-update-password.step1': '現在のパスワードがわからない場合は、iforgot.apple.com または信頼できるiPhoneやiPadでリセットします。',
  'fixes.action.reset-password': 'パスワードをリセット',
  'fixes.card.keychain-update-password.step2': 'Macを再起動してから、もう一度チェックします。',
  'fixes.card.keychain-duplicates-cleanup.title': 'Appleアカウントの重複したキーチェーン項目を整理する（慎重に）',
  'fixes.card.keychain-duplicates-cleanup.why':
    'キーチェーンに同じAppleアカウント項目のコピーが複数あります。古いコピーがあると、パスワードの要求が終わらなくなることがあります。違う項目を削除するとパスワードを失うおそれがあるので、ゆっくり進めてください。',
  'fixes.card.keychain-duplicates-cleanup.step0':
    'まず簡単な方法を試します。macOSに求められたら現在のパスワードを入力し、再起動してもう一度チェックします。要求が続く場合だけ先に進みます。',
  'fixes.card.keychain-duplicates-cleanup.step1':
    '最初にバックアップを取り、ログインキーチェーン全体の削除やリセットは絶対にしないでください。Time Machineでバックアップするか、このコマンドでログインキーチェーンのファイルをコピーします。',
  'fixes.action.copy-backup-command': 'バックアップコマンドをコピー',
  'fixes.note.copy-backup-command':
    'ログインキーチェーンのファイル（ログインパスワードで暗号化されたまま）を、バックアップとしてデスクトップにコピーします。管理者パスワードは不要で、何も変更しません。',
  'fixes.card.keychain-duplicates-cleanup.step2':
    '先にこのMacでAppleアカウントからサインアウトします: システム設定 ›（自分の名前）› サインアウト。確認されたら、iCloudデータのコピーを残します。',
  'fixes.card.keychain-duplicates-cleanup.step3':
    'キーチェーンアクセスを開き（アプリケーション › ユーティリティ にない場合はSpotlightを使います）、「ログイン」キーチェーンを選んで、このアプリが重複として挙げた項目名を検索します。',
  'fixes.action.open-keychain-access': 'キーチェーンアクセスを開く',
  'fixes.card.keychain-duplicates-cleanup.step4':
    'それらのAppleアカウント項目のうち、古い重複だけを削除します。最新のものは残し、ほかの項目には一切触れないでください。',
  'fixes.card.keychain-duplicates-cleanup.step5':
    '「iCloud」（または「ローカル項目」）キーチェーンの項目は削除しないでください。iCloudキーチェーンの項目は同期されるため、1つ削除するとすべてのデバイスから消えます。',
  'fixes.card.keychain-duplicates-cleanup.step6': 'Macを再起動し、Appleアカウントにもう一度サインインしてから、もう一度チェックします。',
  'fixes.card.firewall-block-all.title': '「外部からの接続をすべてブロック」をオフにする',
  'fixes.card.firewall-block-all.why':
    'このファイアウォールのオプションは、基本的なネットワークサービス以外の外部からの接続をすべて拒否するため、共有機能が使えなくなり、一部のAppleサービスに支障が出ることがあります。通常のファイアウォールとステルスモードは問題ありません。',
  'fixes.card.firewall-block-all.step0': 'システム設定 › ネットワーク › ファイアウォール を開きます。',
  'fixes.action.open-firewall-settings': 'ファイアウォール設定を開く',
  'fixes.card.firewall-block-all.step1':
    '「オプション…」をクリックし、「外部からの接続をすべてブロック」をオフにして「OK」をクリックします（管理者パスワードが必要な場合があります）。ファイアウォール自体と「ステルスモードを有効にする」はオンのままでかまいません。',
  'fixes.card.firewall-block-all.step2': '管理されたMacでは、この設定はIT部門によるものかもしれません。ロックされている場合は問い合わせてください。',
  'fixes.card.macos-update.title': 'macOSをアップデートする',
  'fixes.card.macos-update.why':
    'Appleアカウントへのサインインとそのセキュリティチェックは絶えず変わっています。古いmacOSでは動作しなくなることがあり、アップデートでサインインの不具合が修正されます。',
  'fixes.card.macos-update.step0': '最初にTime Machineでバックアップします。',
  'fixes.card.macos-update.step1': 'システム設定 › 一般 › ソフトウェアアップデート を開き、提供されているアップデートをインストールします。',
  'fixes.action.open-software-update': 'ソフトウェアアップデートを開く',
  'fixes.card.macos-update.step2':
    '新しいmacOSが提供されない場合は、このMacがサポートされる最後のバージョンになっている可能性があります。表示されるセキュリティアップデートをインストールしてください。',
  'fixes.card.macos-update.step3': '再起動して、もう一度チェックします。',
  'fixes.card.account-sign-in.title': 'Appleアカウントにサインインする',
  'fixes.card.account-sign-in.why':
    'このMacではAppleアカウントにサインインしていないため、iCloud、メッセージ、FaceTime、およびそれを必要とするApp Storeの機能がオフになっています。',
  'fixes.card.account-sign-in.step0':
    'システム設定を開き、サイドバーの一番上にある「サインイン」をクリックします（macOS 13〜14では「Apple IDでサインイン」、macOS 15以降では「Appleアカウントでサインイン」）。',
  'fixes.card.account-sign-in.step1': 'メールアドレスまたは電話番号とパスワードを入力し、ほかのAppleデバイスに表示される確認コードを入力します。',
  'fixes.card.account-sign-in.step2': 'パスワードを忘れた場合は、iforgot.apple.com でリセットします。',
  'fixes.card.account-password-reset.title': 'Appleアカウントのパスワードをリセットする',
  'fixes.card.account-password-reset.why':
    'どのデバイスでもパスワードが拒否される、またはアカウントがロックされている場合は、パスワードのリセットかアカウントの復旧でしか元に戻せません。',
  'fixes.card.account-password-reset.step0':
    '同じアカウントでサインインしている信頼できるiPhoneまたはiPadで、設定 ›（自分の名前）› サインインとセキュリティ › パスワードを変更 からパスワードを変更します（iOS 16以前では「パスワードとセキュリティ」）。',
  'fixes.card.account-password-reset.step1':
    'それができない場合は、iforgot.apple.com にアクセスし、手順に従ってパスワードをリセットするかアカウントのロックを解除します。Appleサポートアプリが入った家族のiPhoneやiPad、または復旧用連絡先も役に立ちます。',
  'fixes.action.open-iforgot-apple-com': 'iforgot.apple.comを開く',
  'fixes.card.account-password-reset.step2':
    'ほかに方法がない場合、Appleはアカウントの復旧を提供しています。数日以上の待機期間があります。最後の手段として使い、開始は一度だけにして、Appleの指示に従ってください。その間にサインイン済みのほかのデバイスを使うと、遅れたり取り消されたりすることがあります。',
  'fixes.action.about-account-recovery': 'アカウントの復旧について',
  'fixes.card.account-password-reset.step3': 'リセットしたら、新しいパスワードでこのMacにもう一度サインインします。',
  'fixes.card.account-review-security.title': 'Appleアカウントのセキュリティ情報を見直す',
  'fixes.card.account-review-security.why':
    'サインイン用のコードは、信頼できるデバイスと信頼できる電話番号に送られます。それらが古いままだと、もう手元にない電話やデバイスにコードが送られてしまいます。',
  'fixes.card.account-review-security.step0':
    'account.apple.com にサインインして「サインインとセキュリティ」を開き、信頼できる電話番号を確認します。連絡のつく番号を追加し、使っていない番号を削除します。',
  'fixes.action.open-account-apple-com': 'account.apple.comを開く',
  'fixes.card.account-review-security.step1': 'そこでデバイスの一覧も確認し、もう所有していないデバイスを削除します。',
  'fixes.card.account-review-security.step2': 'アクセスできなくなったときに戻れるよう、アカウントの復旧用連絡先の設定を検討してください。',
  'fixes.action.about-recovery-contacts': '復旧用連絡先について',
  'fixes.card.support-escalate.title': 'レポートを添えてAppleサポートに問い合わせる',
  'fixes.card.support-escalate.why':
    'チェックには合格するのにサインインに失敗し続ける場合や、アカウント自体がロックされている場合は、Appleサポートがアカウントを調べることができます。チェック内容のレポートがあると対応が早くなります。',
  'fixes.card.support-escalate.step0':
    'このアプリからレポートを書き出し（含めることを選ばない限り、アカウントの詳細は省かれます）、表示されているエラーメッセージを正確に書き留めます。',
  'fixes.card.support-escalate.step1': 'Appleサポートに問い合わせ、トピックとして「Appleアカウント」を選びます。',
  'fixes.card.admin-allow-apple-hosts.title': 'ネットワークでAppleのホストを許可する',
  'fixes.card.admin-allow-apple-hosts.why':
    'AppleデバイスはAppleのサーバに直接接続する必要があります。これらの接続をブロック、低速化、または検査するファイアウォール、フィルタ、プロキシがあると、サインイン、コード、通知が機能しなくなります。',
  'fixes.card.admin-allow-apple-hosts.step0': '最新のホストとポートの一覧については、Appleの記事「企業ネットワークでAppleデバイスを使う」を開きます。',
  'fixes.card.admin-allow-apple-hosts.step1':
    'Appleアカウントのホスト（appleid.apple.com、appleid.cdn-apple.com、idmsa.apple.com、gsa.apple.com）へのTCP 443の送信と、*.push.apple.com へのTCP 5223と443の送信を許可します。または 17.0.0.0/8 を許可します。',
  'fixes.card.admin-allow-apple-hosts.step2': 'DNSがこれらのホストをAppleの本当のアドレスに解決し、HTTPSインスペクションの対象外になっていることを確認します。',
  'fixes.card.admin-allow-apple-hosts.step3': 'ユーザにもう一度チェックするよう依頼します。',
  'fixes.card.auth-wrong-password.title': 'Appleアカウントの現在のパスワードを使う',
  'fixes.card.auth-wrong-password.why':
    'このMacが送ったパスワードをAppleが拒否しました。別のデバイスやWebでパスワードを変更したあとや、入力を間違えたときに起こります。',
  'fixes.card.auth-wrong-password.step0':
    'ブラウザで account.apple.com にサインインしてパスワードを確認します。サインインできたら、このMacでもシステム設定 ›（自分の名前）で同じパスワードを使ってサインインし直します。',
  'fixes.card.auth-wrong-password.step1': 'システム設定 ›（自分の名前）を開き、求められたら現在のパスワードを入力します。',
  'fixes.card.auth-wrong-password.step2': '現在のパスワードがわからない場合は、信頼できるiPhoneやiPad、または iforgot.apple.com でリセットします。',
  'fixes.card.auth-wrong-password.step3': 'サインインしたら、もう一度チェックします。',
  'fixes.card.auth-too-many-attempts.title': '待ってからもう一度サインインする',
  'fixes.card.auth-too-many-attempts.why':
    '試行回数が多すぎると、Appleはしばらく待たせます。待っている間に試すたびに待ち時間が延びたり、アカウントがロックされたりすることがあります。',
  'fixes.card.auth-too-many-attempts.step0':
    'いったんすべてのデバイスで試すのをやめます。バックグラウンドでパスワードを求め続けるアプリやデバイスも含みます。次に試すまで少なくとも1時間待ちます。',
  'fixes.card.auth-too-many-attempts.step1':
    'もう一度試すときは、必ず現在のパスワードを入力します。自信がない場合は、推測せずに iforgot.apple.com でリセットします。',
  'fixes.card.auth-account-locked.title': 'iforgot.apple.com でAppleアカウントのロックを解除する',
  'fixes.card.auth-account-locked.why':
    'パスワード、セキュリティ質問、コードの失敗が多すぎると、Appleはアカウントを保護するためにロックします。待ってもロックは解除されません。本人であることを証明する必要があります。',
  'fixes.card.auth-account-locked.step0':
    'iforgot.apple.com にアクセスし（または信頼できるiPhoneやiPadで、アカウントがロックされているというメッセージに従い）、信頼できる電話番号またはデバイスで本人確認をします。パスワードのリセットが必要になる場合があります。',
  'fixes.card.auth-account-locked.step1': 'ロックを解除したら、このMacのシステム設定 ›（自分の名前）でもう一度サインインします。',
  'fixes.step.send-codes':
    'まだ失敗する場合は、このアプリからレポートを書き出します。Appleのソフトウェアが記録した正確なコードと時刻が記載されています（メールアドレス、電話番号、アカウント番号は省かれます）。それをAppleサポートに伝えてください。',
  'fixes.card.auth-code-not-delivered.title': '別の方法で確認コードを受け取る',
  'fixes.card.auth-code-not-delivered.why':
    '2ファクタ認証のコードが届きませんでした。コードは、Appleプッシュ通知で信頼できるデバイスに、またはSMSや電話で信頼できる電話番号に送られます。',
  'fixes.card.auth-code-not-delivered.step0':
    'オンラインの信頼できるiPhoneまたはiPadで、設定 ›（自分の名前）› サインインとセキュリティ › 2ファクタ認証 › 確認コードを受け取る を開きます（信頼できるMacの場合: システム設定 ›（自分の名前）› サインインとセキュリティ）。',
  'fixes.card.auth-code-not-delivered.step1':
    'サインイン画面で「確認コードが届きませんか?」を選び、SMSまたは電話で信頼できる電話番号にコードを送ってもらいます。',
  'fixes.action.about-verification-codes': '確認コードについて',
  'fixes.card.auth-code-not-delivered.step2':
    '信頼できるデバイスがオンラインでスリープしておらず、同じAppleアカウントにサインインしていることを確認します。手元に信頼できるデバイスがない場合は、信頼できる電話番号を使います。',
  'fixes.card.auth-code-not-delivered.step3': 'このネットワークのデバイスにコードがまったく届かない場合は、Appleプッシュ通知が通るか（TCP 5223）を確認します。',
  'fixes.action.apple-push-ports': 'Appleのプッシュ用ポート',
  'fixes.card.auth-code-rejected.title': '最新の確認コードをすぐに入力する',
  'fixes.card.auth-code-rejected.why':
    'Appleがコードを拒否しました。コードは短時間で期限切れになり、新しく要求すると古いコードは無効になります。また、このMacの時計がずれていると、正しいコードが期限切れに見えることがあります。',
  'fixes.card.auth-code-rejected.step0': '新しいコードを要求し、最新のものだけをすぐに入力します。以前の試行のコードは無視します。',
  'fixes.card.auth-code-rejected.step1': 'このMacが時刻を自動的に設定していることを確認します: システム設定 › 一般 › 日付と時刻。',
  'fixes.card.auth-no-push-token.title': 'このMacをAppleプッシュ通知に登録させる',
  'fixes.card.auth-no-push-token.why':
    'プッシュトークンがないと、AppleはこのMacにサインインの承認依頼や確認コードを送れません。Macは正しい時刻でAppleのプッシュサービスに接続できたときに、トークンを受け取ります。',
  'fixes.card.auth-no-push-token.step0': '日付と時刻が自動的に設定されていることを確認します（システム設定 › 一般 › 日付と時刻）。',
  'fixes.card.auth-no-push-token.step1':
    'ネットワークがAppleプッシュ通知を通すことを確認します: *.push.apple.com へのTCP 5223（予備として443）。VPNやフィルタリングされたネットワークがブロックすることがあります。',
  'fixes.card.auth-no-push-token.step2': 'Macを再起動します。プッシュサービスは起動時に登録し直します。',
  'fixes.card.auth-no-push-token.step3': 'それまでの間は、確認コードを信頼できる電話番号に送ってもらいます。',
  'fixes.card.auth-attestation-failed.title': 'このMacが本物であることを証明できませんでした',
  'fixes.card.auth-attestation-failed.why':
    'サインインのたびに、macOSは本物のAppleハードウェアで動作していることをAppleに証明します（デバイス認証）。これに失敗すると、パスワードやネットワークに関係なく、Appleはサインインを拒否します。',
  'fixes.card.auth-attestation-failed.step0': '最新のmacOSアップデートをインストールし（システム設定 › 一般 › ソフトウェアアップデート）、Macを再起動します。',
  'fixes.card.auth-attestation-failed.step1':
    '仮想マシンや、ハードウェアの識別情報が変わったMac（シリアル番号、Apple以外で交換したロジックボード）の場合、Appleに拒否されることがあります。仮想マシンでのサインインは、Apple独自の仮想化が対応している場合（Appleシリコン、ホストとゲストの両方がmacOS 15以降）にのみ機能します。',
  'fixes.card.auth-attestation-failed.step2': '本物のMacであれば、再起動してもう一度試します。失敗し続ける場合は、Appleサポートに調べてもらう必要があります。',
  'fixes.card.apple-log-send-codes.title': 'Appleのソフトウェアが記録したコードをAppleサポートに送る',
  'fixes.card.apple-log-send-codes.why':
    'Appleサポートは正確なエラーコードを求めます。このアプリがMacのログから時刻付きで見つけたので、自分で探す必要はありません。',
  'fixes.card.apple-log-send-codes.step0':
    'このアプリでレポートを開いて書き出します。「Appleのソフトウェアが報告した内容」に記載されたコードと時刻が含まれ、個人情報は省かれます。',
  'fixes.symptom.stuck-verifying.title': 'サインインが「確認中…」のまま進まない',
  'fixes.symptom.stuck-verifying.description': 'システム設定、App Store、またはほかのアプリが「確認中」や「サインイン中」のまま回り続け、終わりません。',
  'fixes.symptom.stuck-verifying.step0': '接続のチェックを実行し、表示されたカードがあればまずそれに従います。',
  'fixes.action.run-the-checks': 'チェックを実行',
  'fixes.symptom.stuck-verifying.step1': 'Appleのシステム状況ページで「Appleアカウント」または「iCloudアカウントとサインイン」を確認します。',
  'fixes.step.hotspot': '別のネットワークに接続してもう一度試します。iPhoneのインターネット共有が一番手軽です。',
  'fixes.step.hotspot-detail':
    'そちらでうまくいけば、原因はアカウントではなく、いつものネットワーク（ルーター、DNSフィルタ、ファイアウォール、プロキシ、VPN）です。',
  'fixes.symptom.stuck-verifying.step3': 'VPN、プロキシ、Web保護のアプリを一時的にオフにしてから、もう一度試します。',
  'fixes.symptom.stuck-verifying.step5': 'command + Q でシステム設定（または止まっているアプリ）を終了し、Macを再起動してもう一度だけ試します。',
  'fixes.symptom.stuck-verifying.step5.detail':
    '再起動すると、止まったサインイン処理が解消されます。何度も続けて試すのは避けてください。繰り返し試すと、Appleによってサインインが一時的に遅くされることがあります。',
  'fixes.symptom.stuck-verifying.step6': 'システム設定 › 一般 › ソフトウェアアップデート で、利用可能なmacOSアップデートをインストールします。',
  'fixes.symptom.stuck-verifying.topic': 'サインインが「確認中」で止まる',
  'fixes.escalate.text': 'それでも解決しない場合は、このアプリからレポートを書き出し、「{topic}」についてAppleサポートに問い合わせてください。',
  'fixes.escalate.detail':
    'レポートには、実行したチェック、その結果、チェックを付けた手順が記載されます。含めることを選ばない限り、アカウントの詳細は省かれます。Macの機種、macOSのバージョン、表示されているエラーメッセージを正確に伝えてください。',
  'fixes.symptom.works-on-iphone-not-mac.title': 'iPhoneでは使えるのに、このMacでは使えない',
  'fixes.symptom.works-on-iphone-not-mac.description':
    'iPhoneやiPadでは同じAppleアカウントでサインインできるのに、Macでは失敗したり、何度も求められたりします。',
  'fixes.symptom.works-on-iphone-not-mac.step0': 'このMacとそのネットワークのチェックを実行し、表示されたカードがあればまずそれに従います。',
  'fixes.symptom.works-on-iphone-not-mac.step1':
    '同じアカウントであることを確認します。iPhoneの設定とMacのシステム設定で、名前の下に表示されるメールアドレスを比べます。',
  'fixes.symptom.works-on-iphone-not-mac.step1.detail':
    'macOS 13〜14ではこの項目は「Apple ID」、macOS 15以降は「Appleアカウント」という名前です。App Storeは別のアカウントを使っていることがあります。名前の下の「メディアと購入」を確認してください。',
  'fixes.symptom.works-on-iphone-not-mac.step2': 'MacをiPhoneのインターネット共有に接続して、もう一度試します。',
  'fixes.symptom.works-on-iphone-not-mac.step3': 'Macの日付、時刻、時間帯が自動的に設定されていることを確認します。',
  'fixes.symptom.works-on-iphone-not-mac.step4': '利用可能なmacOSアップデートをインストールします。',
  'fixes.symptom.works-on-iphone-not-mac.step5': 'Macを再起動してから、もう一度試します。',
  'fixes.symptom.works-on-iphone-not-mac.step5.detail':
    'NVRAMやSMCをリセットする必要はありません。これらのリセットはIntel搭載のMacにしかなく、サインインやネットワークの問題は直りません。Appleシリコン搭載のMacでは、再起動が同等の働きをします。',
  'fixes.symptom.works-on-iphone-not-mac.step6':
    '新しいユーザで試します。システム設定 › ユーザとグループ で一時的なユーザを追加し、そのユーザでログインして、そこでAppleアカウントにサインインします。',
  'fixes.symptom.works-on-iphone-not-mac.step6.detail':
    '新しいユーザでうまくいく場合、問題はMacやネットワークではなく、自分のユーザアカウント（キーチェーン項目や設定）にあります。あとでテスト用のユーザを削除してください。',
  'fixes.symptom.works-on-iphone-not-mac.topic': 'iPhoneではサインインできるがMacではできない',
  'fixes.symptom.icloud-errors.title': 'iCloudにエラーが表示される',
  'fixes.symptom.icloud-errors.description':
    'iCloud Drive、写真、メモなどのiCloudの機能でエラーが表示される、同期が止まる、またはもう一度サインインを求められます。',
  'fixes.step.run-checks': 'チェックを実行し、表示されたカードがあればまずそれに従います。',
  'fixes.symptom.icloud-errors.step1': 'Appleのシステム状況ページで、失敗しているiCloudサービスを確認します。',
  'fixes.symptom.icloud-errors.step2':
    'システム設定 ›（自分の名前）› iCloud を開きます。求められたらパスワードを入力し、iCloudストレージがいっぱいになっていないか確認します。',
  'fixes.symptom.icloud-errors.step2.detail': 'iCloudストレージがいっぱいになると、サインインできていてもアップロードやバックアップが止まります。',
  'fixes.symptom.icloud-errors.step3': '日付と時刻が自動的に設定されていることを確認します。',
  'fixes.symptom.icloud-errors.step5':
    '最後の手段として、このMacでAppleアカウントからサインアウトし（システム設定 › 自分の名前 › サインアウト）、再起動してからもう一度サインインします。',
  'fixes.symptom.icloud-errors.step5.detail':
    'サインアウトするときは、iCloudデータのコピーをMacに残すことを選んでください。iCloud Driveにしかないファイルは、サインインし直したあとにもう一度ダウンロードされるため、時間がかかることがあります。',
  'fixes.symptom.icloud-errors.topic': 'iCloudのエラー',
  'fixes.symptom.password-prompts-fail.title': 'パスワードの要求が失敗する、または何度も表示される',
  'fixes.symptom.password-prompts-fail.description':
    'MacがAppleアカウントのパスワードを何度も求める、または正しいと確信しているのにパスワードが違うと表示されます。',
  'fixes.symptom.password-prompts-fail.step1': 'ブラウザで account.apple.com にサインインして、パスワードを試します。',
  'fixes.symptom.password-prompts-fail.step1.detail':
    'そちらでサインインできれば、アカウントとパスワードに問題はなく、原因はこのMacにあります。そちらでも失敗する場合は、パスワードをリセットします（次の手順）。',
  'fixes.symptom.password-prompts-fail.step2':
    'パスワードを忘れた、またはアカウントがロックされている場合は、iforgot.apple.com、または信頼できるiPhoneやiPadでリセットまたはロック解除します。',
  'fixes.symptom.password-prompts-fail.step2.detail':
    'Appleサポートアプリが入った家族のiPhoneやiPad、またはアカウントの復旧用連絡先も、リセットを手伝うことができます。Appleが本人確認できない場合は、最後の手段としてアカウントの復旧が提供されます。数日以上の待機期間があります。',
  'fixes.symptom.password-prompts-fail.step3':
    '別のデバイスでパスワードを変更した場合は、システム設定を開き、自分の名前をクリックして、求められた場所に新しいパスワードを入力します。',
  'fixes.symptom.password-prompts-fail.step4':
    'キーチェーンのチェックで重複した、または古いAppleアカウント項目が見つかった場合は、そのカードに慎重に従います。',
  'fixes.symptom.password-prompts-fail.step4.detail':
    'ログインキーチェーン全体の削除やリセットは絶対にしないでください。サインアウトしたあとで、重複したAppleアカウント項目だけを削除し、iCloudキーチェーンの項目には触れないでください。それらはすべてのデバイスに同期されます。',
  'fixes.symptom.password-prompts-fail.step5':
    '新しいユーザで試します。システム設定 › ユーザとグループ で一時的なユーザを追加し、そのユーザでログインして、そこでサインインします。',
  'fixes.symptom.password-prompts-fail.step5.detail':
    '新しいユーザでうまくいく場合、問題はAppleアカウントやネットワークではなく、自分のユーザアカウント（多くはそのキーチェーン）にあります。あとでテスト用のユーザを削除してください。',
  'fixes.symptom.password-prompts-fail.topic': 'パスワードの要求が何度も失敗する',
  'fixes.symptom.app-store-signin.title': 'App Storeにサインインできない',
  'fixes.symptom.app-store-signin.description': 'App Storeにサインインできない、パスワードを何度も求められる、または購入やダウンロードが拒否されます。',
  'fixes.symptom.app-store-signin.step1': 'Appleのシステム状況ページで「App Store」を確認します。',
  'fixes.symptom.app-store-signin.step2': 'App Storeが使っているアカウントを確認します: システム設定 ›（自分の名前）› メディアと購入。',
  'fixes.symptom.app-store-signin.step2.detail':
    '「メディアと購入」はiCloudとは別のAppleアカウントでサインインしていることがあります。アプリを購入したアカウントを使ってください。',
  'fixes.symptom.app-store-signin.step3':
    'App Storeで「ストア」›「サインアウト」を選び、command + Q でApp Storeを終了してから、もう一度開いてサインインします。',
  'fixes.symptom.app-store-signin.step4':
    'サインインはできるのに購入に失敗する場合は、App Storeのサイドバーの下にある自分の名前をクリックし、「アカウント設定」で支払い方法と国または地域を確認します。',
  'fixes.symptom.app-store-signin.topic': 'App Storeへのサインイン',
  'fixes.symptom.codes-not-arriving.title': '確認コードが届かない',
  'fixes.symptom.codes-not-arriving.description': '6桁のコードがほかのデバイスにもSMSにも届かない、または「確認コードを送信できません」と表示されます。',
  'fixes.symptom.codes-not-arriving.step0':
    'チェックを実行します。デバイスへのコードはAppleプッシュ通知で届きますが、これをブロックするネットワークがあります。',
  'fixes.symptom.codes-not-arriving.step1': 'Appleのシステム状況ページで「Appleアカウント」を確認します。',
  'fixes.symptom.codes-not-arriving.step2':
    '信頼できるデバイスのロックが解除され、オンラインになっていることを確認してから、サインインの通知を探して「許可」を選びます。',
  'fixes.symptom.codes-not-arriving.step2.detail':
    'デバイスは同じAppleアカウントにサインインしていて、Appleに接続できる必要があります。プッシュ通知をブロックするネットワーク上のデバイスには、要求が届きません。',
  'fixes.symptom.codes-not-arriving.step3':
    '通知が来ない場合は、信頼できるデバイスで自分でコードを受け取ります。iPhoneまたはiPad: 設定 ›（自分の名前）› サインインとセキュリティ › 2ファクタ認証 › 確認コードを受け取る。Mac: システム設定 ›（自分の名前）› サインインとセキュリティ › 2ファクタ認証 › 確認コードを受け取る。',
  'fixes.symptom.codes-not-arriving.step3.detail':
    '古いバージョン（macOS 13、iOS 16以前）ではこのセクションは「パスワードとセキュリティ」という名前で、「確認コードを受け取る」がその中に直接あります。デバイスがオフラインでも使えます。セキュリティキーを使っている場合はこのオプションは表示されず、Appleの現在のヘルプではすべてのバージョンでは案内されていません。見当たらない場合は、SMSまたは電話を使ってください。',
  'fixes.symptom.codes-not-arriving.step4':
    'SMSや電話で受け取るには、コード入力画面で「コードが届きませんか?」（または「デバイスにアクセスできませんか?」）を選び、信頼できる電話番号を選択します。',
  'fixes.symptom.codes-not-arriving.step4.detail':
    'SMSと電話は、このMacではなく携帯電話会社が届けます。電波、ローミング、集中モードやおやすみモード、フィルタされたメッセージや不明な差出人からのメッセージを確認してください。もう一度要求する前に数分待ちます。「この電話番号に確認コードを送信できません」と表示された場合は、数時間コードの要求をやめてください。続けて何度も要求することがよくある原因です。',
  'fixes.symptom.codes-not-arriving.step5':
    'account.apple.com › サインインとセキュリティ で信頼できる電話番号を確認し、連絡のつく番号を追加して古い番号を削除します。',
  'fixes.symptom.codes-not-arriving.step5.detail':
    '変更するにはサインインしている必要があります。どこにもサインインできない場合は、アカウントの復旧を使います（次の手順）。',
  'fixes.symptom.codes-not-arriving.step6': 'iPhoneのiMessageやFaceTimeに「アクティベーションを待機中」と表示される場合は、携帯電話会社に問い合わせます。',
  'fixes.symptom.codes-not-arriving.step6.detail':
    'アクティベーションは、携帯電話会社がAppleのメッセージをあなたの番号に届けることにも依存しています。同じ携帯電話会社の問題で、確認用のSMSも届かないことがよくあります。',
  'fixes.symptom.codes-not-arriving.step7':
    'どのコードも受け取れない場合は、iforgot.apple.com でパスワードをリセットします。Appleが本人確認できない場合はアカウントの復旧が提供されます。開始は一度だけにして、待機期間が終わるのを待ちます。',
  'fixes.symptom.codes-not-arriving.step7.detail':
    '待機期間（数日以上）はアカウントを保護するためのものです。Appleからの確認メールの指示に従ってください。その間にサインイン済みのほかのデバイスを使うと、遅れたり取り消されたりすることがあります。復旧用連絡先や復旧キーを設定している場合は、待たずに戻れます。ほとんどのアカウントでは2ファクタ認証をオフにすることはできず、解決策にもなりません。',
  'fixes.action.apple-get-a-verification-code': 'Apple: 確認コードを受け取る',
  'fixes.symptom.codes-not-arriving.topic': '確認コードが届かない',
};
