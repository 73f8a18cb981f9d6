from pysnmp.hlapi import CommunityData, UsmUserData

CommunityData("public", mpModel=0)  # want: B508(MEDIUM,HIGH)
CommunityData("public", mpModel=1)  # want: B508
CommunityData("public", mpModel=2)
CommunityData("public")
UsmUserData("securityName")  # want: B509(MEDIUM,HIGH)
UsmUserData("securityName", "authName")  # want: B509
UsmUserData("securityName", "authName", "privName")
